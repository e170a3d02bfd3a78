using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4023DisallowedRegistryAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4023DisallowedRegistryTests
{
    private const string Config = "rules:\n  KL4023:\n    allowedRegistries: [registry.example.com, ghcr.io/acme/]\n";

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_images_from_other_registries(string kind) => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap(kind, """
            initContainers:
            - name: init
              image: {|#0:busybox:1.36|}
            containers:
            - name: web
              image: registry.example.com/web:1.2
            - name: tool
              image: ghcr.io/acme/tool:3
            - name: other
              image: [|ghcr.io/evil/tool:3|]
            """)) },
        Configuration = Config,
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithMessage("Image \"busybox:1.36\" comes from registry \"docker.io\", which is not in allowedRegistries (registry.example.com, ghcr.io/acme/)") },
    });

    [Fact]
    public Task Does_nothing_until_allowed_registries_are_set() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        containers:
        - name: web
          image: nginx:1.27
        """));

    [Fact]
    public Task Reads_the_option_from_editorconfig_too() => Verify.VerifyAsync(new AnalyzerTest
    {
        AdditionalFiles = { (".editorconfig", "root = true\n\n[*.yaml]\nkubelint.KL4023.allowedRegistries = registry.example.com\n") },
        Sources =
        {
            ("manifest.yaml", WorkloadManifests.Wrap("Pod", """
                containers:
                - name: web
                  image: registry.example.com/web:1.2
                - name: other
                  image: [|quay.io/other/tool:1|]
                """)),
        },
    });
}
