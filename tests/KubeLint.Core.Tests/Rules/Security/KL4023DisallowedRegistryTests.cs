using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4023DisallowedRegistryTests
{
    private const string Config = "rules:\n  KL4023:\n    allowedRegistries: [registry.example.com, ghcr.io/acme/]\n";

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_images_from_other_registries(string kind) => RuleVerifier.Verify(
        ["KL4023"],
        [("manifest.yaml", WorkloadManifests.Wrap(kind, """
            initContainers:
            - name: init
              image: [|busybox:1.36|]
            containers:
            - name: web
              image: registry.example.com/web:1.2
            - name: tool
              image: ghcr.io/acme/tool:3
            - name: other
              image: [|ghcr.io/evil/tool:3|]
            """))],
        config: Config);

    [Fact]
    public void Does_nothing_until_allowed_registries_are_set() => RuleVerifier.Verify("KL4023", WorkloadManifests.Wrap("Pod", """
        containers:
        - name: web
          image: nginx:1.27
        """));

    [Fact]
    public void Reads_the_option_from_editorconfig_too() => RuleVerifier.Verify(
        ["KL4023"],
        [
            (".editorconfig", "root = true\n\n[*.yaml]\nkubelint.KL4023.allowedRegistries = registry.example.com\n"),
            ("manifest.yaml", WorkloadManifests.Wrap("Pod", """
                containers:
                - name: web
                  image: registry.example.com/web:1.2
                - name: other
                  image: [|quay.io/other/tool:1|]
                """)),
        ]);
}
