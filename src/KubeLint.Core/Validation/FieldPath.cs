using System.Globalization;
using System.Text;

namespace KubeLint.Core.Validation;

/// <summary>
/// A field path spelt as the apiserver spells it in its errors (<c>spec.containers[0].image</c>,
/// <c>metadata.labels[app]</c>): apimachinery's <c>field.Path</c>. A chain of small immutable steps;
/// the string is built only when a finding is reported.
/// </summary>
internal sealed class FieldPath
{
    private readonly FieldPath? _parent;
    private readonly string? _name;
    private readonly string? _key;
    private readonly int _index;

    private FieldPath(FieldPath? parent, string? name, string? key, int index)
    {
        _parent = parent;
        _name = name;
        _key = key;
        _index = index;
    }

    /// <summary>A path starting at a top-level field, e.g. <c>spec</c> or <c>metadata</c>.</summary>
    public static FieldPath Root(string name) => new(null, name, null, -1);

    /// <summary>A dotted path such as <c>spec.template.spec</c>.</summary>
    public static FieldPath Parse(string dotted)
    {
        FieldPath? path = null;
        foreach (var part in dotted.Split('.'))
        {
            path = path is null ? Root(part) : path.Child(part);
        }

        return path ?? throw new ArgumentException("empty path", nameof(dotted));
    }

    /// <summary><c>parent.name</c></summary>
    public FieldPath Child(string name) => new(this, name, null, -1);

    /// <summary><c>parent[index]</c>, a list item.</summary>
    public FieldPath Index(int index) => new(this, null, null, index);

    /// <summary><c>parent[key]</c>, a map entry.</summary>
    public FieldPath Key(string key) => new(this, null, key, -1);

    public override string ToString()
    {
        var steps = new List<FieldPath>();
        for (var step = this; step is not null; step = step._parent)
        {
            steps.Add(step);
        }

        var text = new StringBuilder();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            var step = steps[i];
            if (step._name is not null)
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(step._name);
            }
            else
            {
                text.Append('[').Append(step._key ?? step._index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return text.ToString();
    }
}
