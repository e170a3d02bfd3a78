namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>A v1 CRD of Widget whose spec schema is given (YAML at column 0), and a Widget whose spec is given.</summary>
internal static class CelRuleFixtures
{
    public const string Source = " (schema of CustomResourceDefinition widgets.example.com, crd.yaml)";

    public static string Crd(string spec, string apiVersion = "apiextensions.k8s.io/v1", string root = "") =>
        $"""
        apiVersion: {apiVersion}
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names: {"{"}kind: Widget, plural: widgets{"}"}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object{root}
                properties:
                  spec:

        """ + string.Join("\n", spec.Split('\n').Select(line => new string(' ', 12) + line)) + "\n";

    public static string Widget(string spec, string name = "w") =>
        $"apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: {name}\nspec:\n" + string.Join("\n", spec.Split('\n').Select(line => "  " + line)) + "\n";
}
