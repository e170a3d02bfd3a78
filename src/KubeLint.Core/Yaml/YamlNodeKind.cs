namespace KubeLint.Core.Yaml;

public enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}
