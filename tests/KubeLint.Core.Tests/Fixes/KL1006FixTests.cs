using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1006's fix: the advised apiVersion, only where the move is the apiVersion alone.</summary>
public class KL1006FixTests
{
    [Fact]
    public void Moves_a_deployment_to_what_1_5_serves_keeping_the_quotes() => FixVerifier.Verify("KL1006", """
        apiVersion: [|"apps/v1"|]  # from the add-on template
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: web:1
        """, """
        apiVersion: "extensions/v1beta1"  # from the add-on template
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: web:1
        """, new KubernetesVersion(1, 5));

    [Fact]
    public void Moves_a_cronjob_to_batch_v1_once_v1beta1_is_gone() => FixVerifier.Verify("KL1006", """
        apiVersion: [|batch/v1beta1|]
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: job
                    image: job:1
        """, """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: job
                    image: job:1
        """, new KubernetesVersion(1, 30));

    private const string NoSelector = """
        apiVersion: [|extensions/v1beta1|]
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: web:1
        """;

    /// <summary>apps/v1 requires spec.selector, which extensions/v1beta1 defaulted from the template's labels.</summary>
    [Fact]
    public void Offers_no_move_to_apps_v1_without_a_selector() => FixVerifier.Verify("KL1006", NoSelector, Markup.Parse(NoSelector).Text, new KubernetesVersion(1, 16));

    private const string Ingress = """
        apiVersion: [|extensions/v1beta1|]
        kind: Ingress
        metadata:
          name: web
        spec:
          backend:
            serviceName: web
            servicePort: 80
        """;

    /// <summary>networking.k8s.io/v1 moved serviceName/servicePort: more than a new apiVersion.</summary>
    [Fact]
    public void Offers_no_move_for_an_ingress() => FixVerifier.Verify("KL1006", Ingress, Markup.Parse(Ingress).Text, new KubernetesVersion(1, 22));
}
