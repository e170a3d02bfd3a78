using KubeLint.Core.Model;

namespace KubeLint.Core.Tests.Model;

public class ImageReferenceTests
{
    [Theory]
    [InlineData("nginx", "docker.io", "nginx", null, null)]
    [InlineData("nginx:1.27", "docker.io", "nginx", "1.27", null)]
    [InlineData("library/nginx:latest", "docker.io", "library/nginx", "latest", null)]
    [InlineData("localhost:5000/team/app", "localhost:5000", "team/app", null, null)]
    [InlineData("localhost/app:2", "localhost", "app", "2", null)]
    [InlineData("ghcr.io/acme/tool:3@sha256:abc", "ghcr.io", "acme/tool", "3", "sha256:abc")]
    [InlineData("registry.k8s.io/dns/k8s-dns-kube-dns:1.26.7", "registry.k8s.io", "dns/k8s-dns-kube-dns", "1.26.7", null)]
    public void Splits_registry_repository_tag_and_digest(string image, string registry, string repository, string? tag, string? digest)
    {
        var reference = ImageReference.Parse(image);
        Assert.Equal((registry, repository, tag, digest), (reference.Registry, reference.Repository, reference.Tag, reference.Digest));
    }
}
