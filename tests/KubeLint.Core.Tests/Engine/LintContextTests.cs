using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

/// <summary>Issue #16: <c>--context</c> loads the rest of the repository for the cross-object rules and reports only on
/// the files named (a pre-commit hook gets the staged files only). The cross-object fact used is KL3004's (a Service's
/// named targetPort must be a port name of the selected containers; see that rule's page for its source).</summary>
public class LintContextTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - name: http
                      containerPort: 80

        """;

    private static string Service(string targetPort) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {"{"}app: web{"}"}
          ports:
            - port: 80
              targetPort: {targetPort}

        """;

    private static LintResult Lint(TempFolder folder, string[] paths, params string[] context) =>
        new LintEngine().Run(new LintOptions { Paths = paths, Context = context, WorkingDirectory = folder.Path, CustomRules = false });

    private static string[] Findings(LintResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Location.Path}:{d.Location.Start.Line}:{d.Location.Start.Column}: {d.Id} {d.Message}"
            + string.Concat(d.AdditionalLocations.Select(r => $" [{r.Path}:{r.Start.Line}:{r.Start.Column}]")))];

    private static TempFolder Repository(string targetPort)
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write("deploy/web-deployment.yaml", Deployment);
        folder.Write("deploy/web-service.yaml", Service(targetPort));
        return folder;
    }

    [Fact]
    public void A_staged_Service_whose_targetPort_names_no_port_of_an_unchanged_Deployment_is_KL3004_with_the_Deployment_as_related()
    {
        using var folder = Repository("htttp");
        var result = Lint(folder, ["deploy/web-service.yaml"], ".");
        Assert.Equal(
            ["deploy/web-service.yaml:9:19: KL3004 targetPort \"htttp\" of Service \"web\" names no TCP container port of the pods it selects (Deployment/web); they declare \"http\"; the port gets no endpoints [deploy/web-deployment.yaml:16:15]"],
            Findings(result));
        Assert.Equal(["deploy/web-service.yaml"], result.Files.Select(f => f.Path));
        Assert.Equal(1, result.ContextFileCount);
        Assert.Equal(1, result.ObjectCount);
    }

    [Fact]
    public void The_valid_look_alike_whose_targetPort_names_the_Deployments_port_gives_nothing()
    {
        using var folder = Repository("http");
        Assert.Empty(Findings(Lint(folder, ["deploy/web-service.yaml"], ".")));
    }

    [Fact]
    public void Without_context_the_staged_Service_alone_only_gets_the_info_that_no_pods_are_among_the_inputs()
    {
        using var folder = Repository("htttp");
        Assert.Equal(
            ["deploy/web-service.yaml:6:3: KL3001 Service \"web\" selects app=web, which no Pod or pod template in namespace \"default\" carries; the inputs hold no pods in this namespace"],
            Findings(Lint(folder, ["deploy/web-service.yaml"])));
    }

    [Fact]
    public void Findings_located_in_context_files_are_not_reported_but_the_same_file_linted_reports_them()
    {
        using var folder = Repository("http");
        folder.Write("other/broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");
        var onlyService = Lint(folder, ["deploy/web-service.yaml"], ".");
        Assert.Empty(Findings(onlyService));
        Assert.Equal(2, onlyService.ContextFileCount);

        // Named and in the context folder: linted, so its finding is reported.
        var both = Lint(folder, ["deploy/web-service.yaml", "other/broken.yaml"], ".");
        Assert.Equal(["other/broken.yaml:4:9"], Findings(both).Select(f => f[..f.IndexOf(": ", StringComparison.Ordinal)]));
        Assert.Equal(1, both.ContextFileCount);
    }

    [Fact]
    public void The_context_walk_honours_the_configurations_exclude()
    {
        using var folder = Repository("htttp");
        folder.Write(".kubelint.yaml", "exclude: [\"deploy/web-deployment.yaml\"]\n");
        var result = Lint(folder, ["deploy/web-service.yaml"], ".");
        Assert.Equal(["KL3001"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(0, result.ContextFileCount);
    }

    [Fact]
    public void A_context_path_that_does_not_exist_is_an_input_error_naming_it()
    {
        using var folder = Repository("http");
        var e = Assert.Throws<InputException>(() => Lint(folder, ["deploy/web-service.yaml"], "nowhere"));
        Assert.Equal("--context path not found: nowhere", e.Message);
    }
}
