using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary><c>images</c> and <c>replicas</c>.</summary>
internal static class ImageAndReplicaTransformers
{
    /// <summary>
    /// One <c>images</c> entry: every <c>image</c> of a <c>containers</c> or <c>initContainers</c> list anywhere in
    /// the object whose name (without tag or digest) is the entry's <c>name</c> gets the new name, tag or digest; a new
    /// tag drops the old digest and a digest drops the old tag (kubernetes-sigs/kustomize api/filters/imagetag,
    /// <c>imageTagUpdater.SetImageValue</c>, and api/image/image.go, <c>Split</c>). The new value borrows the entry's span.
    /// </summary>
    public static void SetImages(IEnumerable<BuiltResource> resources, YMapping entry, Introduced from)
    {
        var name = entry.GetString("name");
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var newName = entry.GetString("newName");
        var newTag = entry.GetString("newTag");
        var digest = entry.GetString("digest");
        foreach (var resource in resources)
        {
            if (Rewrite(resource, resource.Root, image => Update(image, name, newName, newTag, digest), from) is YMapping root)
            {
                resource.Root = root;
            }
        }
    }

    private static string? Update(string image, string name, string? newName, string? newTag, string? digest)
    {
        var (imageName, tag, oldDigest) = Split(image);
        if (imageName != name)
        {
            return null;
        }

        imageName = string.IsNullOrEmpty(newName) ? imageName : newName;
        if (!string.IsNullOrEmpty(newTag) || !string.IsNullOrEmpty(digest))
        {
            tag = newTag ?? string.Empty;
            oldDigest = digest ?? string.Empty;
        }

        var result = imageName + (tag.Length > 0 ? ":" + tag : string.Empty) + (oldDigest.Length > 0 ? "@" + oldDigest : string.Empty);
        return result == image ? null : result;
    }

    /// <summary>Name, tag and digest: the digest after <c>@</c>, the tag after a <c>:</c> that follows the last <c>/</c>.</summary>
    private static (string Name, string Tag, string Digest) Split(string image)
    {
        var digest = string.Empty;
        var at = image.IndexOf('@');
        if (at >= 0)
        {
            digest = image[(at + 1)..];
            image = image[..at];
        }

        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') && colon >= 0 ? (image[..colon], image[(colon + 1)..], digest) : (image, string.Empty, digest);
    }

    private static YNode? Rewrite(BuiltResource resource, YNode node, Func<string, string?> update, Introduced from)
    {
        switch (node)
        {
            case YMapping mapping:
                YMapping? result = null;
                foreach (var entry in mapping.Entries)
                {
                    YNode? replaced;
                    if (entry.Key.Value is "containers" or "initContainers" && entry.Value is YSequence containers)
                    {
                        replaced = RewriteContainers(resource, containers, update, from);
                    }
                    else
                    {
                        replaced = Rewrite(resource, entry.Value, update, from);
                    }

                    if (replaced is not null)
                    {
                        result = TreeEdit.Keep(resource, YBuild.With(result ?? mapping, entry.Key, replaced), mapping);
                    }
                }

                return result;
            case YSequence sequence:
                var items = new YNode[sequence.Count];
                var changed = false;
                for (var i = 0; i < items.Length; i++)
                {
                    var replaced = Rewrite(resource, sequence.Items[i], update, from);
                    changed |= replaced is not null;
                    items[i] = replaced ?? sequence.Items[i];
                }

                return changed ? TreeEdit.Keep(resource, YBuild.Sequence(items, sequence.Span, sequence.Tag), sequence) : null;
            default:
                return null;
        }
    }

    private static YSequence? RewriteContainers(BuiltResource resource, YSequence containers, Func<string, string?> update, Introduced from)
    {
        var items = new YNode[containers.Count];
        var changed = false;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = containers.Items[i];
            if (items[i] is YMapping container && container.GetString("image") is { } image && update(image) is { } value)
            {
                items[i] = TreeEdit.Keep(resource, YBuild.With(container, container.GetKey("image")!, TreeEdit.New(resource, YBuild.String(value, from.Span), from)), container);
                changed = true;
            }
        }

        return changed ? TreeEdit.Keep(resource, YBuild.Sequence(items, containers.Span, containers.Tag), containers) : null;
    }

    /// <summary>
    /// One <c>replicas</c> entry: <c>spec/replicas</c> of the Deployment, ReplicationController, ReplicaSet or
    /// StatefulSet of that name (current or earlier), created when missing (kubernetes-sigs/kustomize
    /// api/konfig/builtinpluginconsts/replicas.go for the kinds, plugin/builtin/replicacounttransformer for the
    /// matching by any of the object's names).
    /// </summary>
    public static void SetReplicas(IEnumerable<BuiltResource> resources, YMapping entry, Introduced from)
    {
        if (entry.GetString("name") is not { } name || entry["count"] is not YScalar { IsNull: false } count)
        {
            return;
        }

        foreach (var resource in resources)
        {
            if (resource.Kind is "Deployment" or "ReplicationController" or "ReplicaSet" or "StatefulSet" && resource.Names.Contains(name))
            {
                TreeEdit.At(resource, ["spec", "replicas"], _ => TreeEdit.New(resource, new YScalar(count.Value, YScalarStyle.Plain, count.Span), from), from);
            }
        }
    }
}
