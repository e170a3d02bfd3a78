namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>Puts one pod spec (written at column 1, markup allowed) where each kind keeps it, so a
/// rule can be tested on a Pod, on every workload's template and on a CronJob's job template.</summary>
public static class WorkloadManifests
{
    public static readonly TheoryData<string> Kinds =
        ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob"];

    /// <summary>Kinds whose pod specs the apiserver validates when the object is created: every kind above
    /// but StatefulSet (<c>apps/validation: ValidatePodTemplateSpecForStatefulSet</c> leaves its spec unchecked).</summary>
    public static readonly TheoryData<string> ValidatedKinds =
        ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Job", "CronJob"];

    /// <summary>Kinds whose pods are meant to keep running.</summary>
    public static readonly TheoryData<string> LongRunningKinds =
        ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet"];

    public static readonly TheoryData<string> RunToCompletionKinds = ["Job", "CronJob"];

    public static string Wrap(string kind, string podSpec)
    {
        var (header, indent) = kind switch
        {
            "Pod" => ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n", 2),
            "CronJob" => ("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: web\nspec:\n  schedule: \"0 * * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n", 10),
            _ => ($"apiVersion: {ApiVersion(kind)}\nkind: {kind}\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n", 6),
        };
        var pad = new string(' ', indent);
        var lines = podSpec.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : pad + l);
        return header + string.Join('\n', lines) + "\n";
    }

    private static string ApiVersion(string kind) => kind switch
    {
        "ReplicationController" => "v1",
        "Job" => "batch/v1",
        _ => "apps/v1",
    };
}
