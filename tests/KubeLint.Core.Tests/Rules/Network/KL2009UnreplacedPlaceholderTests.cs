using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2009UnreplacedPlaceholderAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2009UnreplacedPlaceholderTests
{
    private const string Template = """
        apiVersion: v1
        kind: Service
        metadata:
          name: [|{{ .Values.name }}|]
          labels:
            app: [|__PILLAR__APP__|]
        spec:
          clusterIP: [|$DNS_SERVER_IP|]
          ports:
          - port: [|${PORT}|]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          annotations:
            note: "$NOT_CHECKED"
        spec:
          containers:
          - name: app
            image: "registry.example/app:[|{{ .Chart.AppVersion }}|]"
            args: ["--domain=[|$DNS_DOMAIN|].", "--home=$(HOME)", "--price=$$5"]
            env:
            - name: PASSWORD
              value: [|<適切なパスワード>|]
            - name: URL
              value: "http://[|${HOST}|]:$(PORT)/"
            resources:
              limits:
                memory: [|$MEMORY_LIMIT|]
          - name: shell
            image: busybox
            command: ["/bin/sh", "-c"]
            args: ["echo $HOME ${USER} {{x}} && exec app"]
        """;

    [Fact]
    public Task Fires_at_each_placeholder() => Verify.VerifyAsync(
        Template
            .Replace("[|{{ .Values.name }}|]", "{|#0:{{ .Values.name }}|}", StringComparison.Ordinal)
            .Replace("[|$DNS_DOMAIN|]", "{|#1:$DNS_DOMAIN|}", StringComparison.Ordinal)
            .Replace("[|<適切なパスワード>|]", "{|#2:<適切なパスワード>|}", StringComparison.Ordinal)
            .Replace("[|${HOST}|]", "{|#3:${HOST}|}", StringComparison.Ordinal),
        Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage("'{{ .Values.name }}' looks like an unreplaced template placeholder in name"),
        Verify.Diagnostic().WithLocation(1).WithSeverity(DiagnosticSeverity.Warning),
        Verify.Diagnostic().WithLocation(2).WithSeverity(DiagnosticSeverity.Warning),
        Verify.Diagnostic().WithLocation(3).WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public void Is_an_error_in_typed_fields_and_a_warning_in_free_text()
    {
        var (text, _) = Markup.Parse(Template);
        var findings = EngineRun.LintText(text).Where(d => d.Id == "KL2009").ToList();

        Assert.Equal(
            ["4:Error", "6:Error", "8:Error", "10:Error", "21:Error", "22:Warning", "25:Warning", "27:Warning", "30:Error"],
            findings.Select(d => $"{d.Location.Start.Line}:{d.Severity}"));
        Assert.Contains("'$DNS_SERVER_IP'", findings[2].Message);
    }

    [Fact]
    public void Configuration_beats_the_per_finding_default()
    {
        using var folder = new TempFolder();
        var (text, _) = Markup.Parse(Template);
        folder.Write("t.yaml", text);
        folder.Write(".kubelint.yaml", "rules:\n  KL2009: warning\n");
        var findings = EngineRun.Lint(folder.Path, ["t.yaml"]).Diagnostics.Where(d => d.Id == "KL2009").ToList();

        Assert.Equal(9, findings.Count);
        Assert.All(findings, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public Task Fires_on_unquoted_go_templates_in_typed_fields() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: [|{{replicas}}|]
        """);

    [Fact]
    public Task Fires_in_secret_data_which_is_base64() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: newrelic-config
        type: Opaque
        data:
          config: [|{{config_data}}|]
          key: "[|${LICENSE_KEY_B64}|]"
        stringData:
          note: "filled by $TOOL"
        """);

    [Fact]
    public Task Does_not_fire_on_kubernetes_variables_shell_scripts_or_config_data() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: nginx
        data:
          nginx.conf: "proxy_set_header Host $HOST; {{ template }}"
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
        spec:
          containers:
          - name: app
            image: busybox
            command: ["bash", "-ec", "exec app --user=$USER --name=${NAME}"]
            args: ["--port=$(PORT)"]
            livenessProbe:
              exec:
                command: ["sh", "-c", "test -f $MARKER"]
        """);
}
