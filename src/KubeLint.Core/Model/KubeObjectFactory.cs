using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>Recognises Kubernetes objects in documents and unpacks <c>List</c> kinds.</summary>
internal static class KubeObjectFactory
{
    public static void AddObjects(SourceDocument document)
    {
        if (document.Root is not YMapping root || !TryReadType(root, out var apiVersion, out var kind))
        {
            return;
        }

        if (IsList(kind, root, out var items))
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items.Items[i] is YMapping item && TryReadType(item, out var itemVersion, out var itemKind))
                {
                    document.ObjectList.Add(new KubeObject(document, item, i, itemVersion, itemKind));
                }
            }

            return;
        }

        document.ObjectList.Add(new KubeObject(document, root, null, apiVersion, kind));
    }

    /// <summary><c>kind: List</c> and every <c>*List</c> kind whose <c>items</c> is a sequence.</summary>
    public static bool IsList(string kind, YMapping root, out YSequence items)
    {
        items = null!;
        if (!kind.EndsWith("List", StringComparison.Ordinal) || root["items"] is not YSequence sequence)
        {
            return false;
        }

        items = sequence;
        return true;
    }

    public static bool TryReadType(YMapping mapping, out string apiVersion, out string kind)
    {
        apiVersion = mapping.GetString("apiVersion") ?? string.Empty;
        kind = mapping.GetString("kind") ?? string.Empty;
        return apiVersion.Length > 0 && kind.Length > 0;
    }
}
