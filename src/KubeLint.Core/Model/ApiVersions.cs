namespace KubeLint.Core.Model;

/// <summary>Reading an <c>apiVersion</c>: <c>apps/v1</c> is group <c>apps</c>, version <c>v1</c>; <c>v1</c> is the core group.</summary>
internal static class ApiVersions
{
    public static (string Group, string Version) Split(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/');
        return slash < 0 ? (string.Empty, apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
    }
}
