using KubeLint.Core.Validation;

namespace KubeLint.Core.Tests.Validation;

/// <summary>Paths spelt as apimachinery's <c>pkg/util/validation/field/path.go: Path.String</c> spells them.</summary>
public class FieldPathTests
{
    [Fact]
    public void Spells_children_indices_and_keys_as_the_apiserver_does()
    {
        Assert.Equal("spec.template.spec.containers[0].image", FieldPath.Parse("spec.template.spec").Child("containers").Index(0).Child("image").ToString());
        Assert.Equal("metadata.labels[app.kubernetes.io/name]", FieldPath.Root("metadata").Child("labels").Key("app.kubernetes.io/name").ToString());
        Assert.Equal("data", FieldPath.Root("data").ToString());
        Assert.Equal("spec.ports[1][0]", FieldPath.Root("spec").Child("ports").Index(1).Index(0).ToString());
    }
}
