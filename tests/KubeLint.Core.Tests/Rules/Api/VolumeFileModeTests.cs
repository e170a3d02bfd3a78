using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1014ValueOutOfRangeAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// pkg/apis/core/validation/validation.go: fileModeErrorMsg in validateSecretVolumeSource, validateConfigMapVolumeSource,
/// validateDownwardAPIVolumeSource, validateProjectedVolumeSource (defaultMode), validateKeyToPath and
/// validateDownwardAPIVolumeFile (mode): 0 to 0777, read as kubectl reads YAML 1.1 (0644 is octal 420).
/// </summary>
public class VolumeFileModeTests
{
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_modes_above_0777(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata: {name: bad}
        spec:
          containers: [{name: app, image: "app:1"}]
          volumes:
          - name: config
            configMap: {name: config, defaultMode: [|644|], items: [{key: a, path: a, mode: [|-1|]}]}
          - name: creds
            projected:
              defaultMode: [|1000|]
              sources:
              - secret: {name: creds, items: [{key: b, path: b, mode: [|0o1000|]}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: good}
        spec:
          containers: [{name: app, image: "app:1"}]
          volumes:
          - name: config
            configMap: {name: config, defaultMode: 0644, items: [{key: a, path: a, mode: 0}]}
          - name: creds
            projected:
              defaultMode: 511
              sources:
              - secret: {name: creds, items: [{key: b, path: b, mode: 0777}]}
          - name: info
            downwardAPI: {defaultMode: 420, items: [{path: name, fieldRef: {fieldPath: metadata.name}, mode: 0400}]}
        """, new KubernetesVersion(1, minor),
        "spec.volumes[0].configMap.defaultMode: Invalid value: 644: must be a number between 0 and 0777 (octal), both inclusive; write the octal mode with a leading zero (0644) or in decimal",
        "spec.volumes[0].configMap.items[0].mode: Invalid value: -1: must be a number between 0 and 0777 (octal), both inclusive; use 0 to 0777 (octal; 511 in decimal)",
        "spec.volumes[1].projected.defaultMode: Invalid value: 1000: must be a number between 0 and 0777 (octal), both inclusive; use 0 to 0777 (octal; 511 in decimal)",
        "spec.volumes[1].projected.sources[0].secret.items[0].mode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive; use 0 to 0777 (octal; 511 in decimal)");
}
