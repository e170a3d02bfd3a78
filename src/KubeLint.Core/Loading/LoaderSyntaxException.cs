using YamlDotNet.Core;

namespace KubeLint.Core.Loading;

/// <summary>A syntax error our parser (<see cref="TokenParser"/>) or tree builder found, with a message of ours; every other
/// <see cref="YamlException"/> comes from YamlDotNet's scanner and is worded by <see cref="SyntaxMessages"/>.</summary>
internal sealed class LoaderSyntaxException(Mark start, Mark end, string message) : YamlException(start, end, message);
