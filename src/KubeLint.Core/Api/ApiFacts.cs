using KubeLint.Core.Analysis;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>Helpers the KL1xxx rules share: where to point, how to name versions, the run's CRDs.</summary>
internal static class ApiFacts
{
    public static string V(int minor) => $"1.{minor}";

    /// <summary>The apiVersion value (the finding's anchor), else the object.</summary>
    public static YNode ApiVersionNode(KubeObject obj) => obj.Root["apiVersion"] ?? obj.Root;

    /// <summary>The run's custom resource definitions, computed once per run.</summary>
    private static readonly RunFact<CustomResourceIndex> CustomResourcesFact = new(run => new CustomResourceIndex(run.Workspace, run.Options.TargetVersion.Minor));

    /// <summary>The run's custom resource definitions, computed once.</summary>
    public static CustomResourceIndex CustomResources(this ActionContext context) => context.Run.Get(CustomResourcesFact);
}
