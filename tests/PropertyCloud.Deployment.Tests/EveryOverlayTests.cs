namespace PropertyCloud.Deployment.Tests;

/// <summary>Rules every rendering of deploy/k8s keeps: each service complete, probed, bounded and locked down.</summary>
public sealed class EveryOverlayTests
{
    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void EveryService_HasDeploymentServiceAutoscalerAndDisruptionBudget(string overlay)
    {
        var objects = Overlays.Render(overlay);

        Assert.All(Overlays.Services, service =>
        {
            foreach (var kind in new[] { "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget" })
            {
                Assert.True(objects.Find(kind, service) is not null, $"{overlay}: {kind}/{service} is missing");
            }
        });
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void EveryServiceDeployment_IsReadyOnHealthAndAliveOnAlive(string overlay)
    {
        Assert.All(Overlays.Render(overlay).ServiceDeployments(), deployment =>
        {
            var container = deployment.Containers[0];
            Assert.Equal("/health", KubeObject.Node(container, "readinessProbe", "httpGet", "path"));
            Assert.Equal("/alive", KubeObject.Node(container, "livenessProbe", "httpGet", "path"));
            var ports = (IList<object>)KubeObject.Node(container, "ports")!;
            var probePort = (string)KubeObject.Node(container, "readinessProbe", "httpGet", "port")!;
            Assert.Contains(ports.Cast<IDictionary<object, object>>(), p => (string)p["name"] == probePort);
        });
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void EveryContainer_HasCpuAndMemoryRequestsAndLimits(string overlay)
    {
        var workloads = Overlays.Render(overlay).Where(o => o.Kind is "Deployment" or "StatefulSet" or "Job");

        Assert.All(workloads, workload => Assert.All(workload.AllContainers, container =>
        {
            foreach (var bound in new[] { "requests", "limits" })
            {
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.True(KubeObject.Node(container, "resources", bound, resource) is string,
                        $"{overlay}: {workload} has no {bound}.{resource}");
                }
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void EveryServiceContainer_RunsAsNonRootOnAReadOnlyFileSystem(string overlay)
    {
        var workloads = Overlays.Render(overlay)
            .Where(o => o.Kind is "Deployment" or "Job" && o.Label("app.kubernetes.io/part-of") == "propertycloud");

        Assert.All(workloads, workload =>
        {
            Assert.Equal("true", workload.Text("spec", "template", "spec", "securityContext", "runAsNonRoot"));
            Assert.All(workload.AllContainers, container =>
            {
                Assert.Equal("true", KubeObject.Node(container, "securityContext", "readOnlyRootFilesystem"));
                Assert.Equal("false", KubeObject.Node(container, "securityContext", "allowPrivilegeEscalation"));
            });
        });
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void ServicesAndBudgets_SelectTheirDeploymentsPods(string overlay)
    {
        var objects = Overlays.Render(overlay);

        Assert.All(objects.ServiceDeployments(), deployment =>
        {
            var podLabels = deployment.Map("spec", "template", "metadata", "labels")!;
            var service = objects.Find("Service", deployment.Name)!;
            var budget = objects.Find("PodDisruptionBudget", deployment.Name)!;
            var autoscaler = objects.Find("HorizontalPodAutoscaler", deployment.Name)!;
            Assert.All(service.Map("spec", "selector")!, s => Assert.Equal(s.Value, podLabels[s.Key]));
            Assert.All(budget.Map("spec", "selector", "matchLabels")!, s => Assert.Equal(s.Value, podLabels[s.Key]));
            Assert.Equal(deployment.Name, autoscaler.Text("spec", "scaleTargetRef", "name"));
        });
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void TheOnlyWayIn_IsTheGatewayAtThePublicAddressTheConsoleAndIdentityUse(string overlay)
    {
        var objects = Overlays.Render(overlay);
        var ingress = Assert.Single(objects.OfKind("Ingress"));
        var rule = Assert.Single(ingress.List("spec", "rules"));
        var backends = ((IList<object>)KubeObject.Node(rule, "http", "paths")!)
            .Select(path => (string)KubeObject.Node(path, "backend", "service", "name")!);
        var config = objects.Find("ConfigMap", "propertycloud-config")!;
        var publicAddress = new Uri(config.Text("data", "Gateway__Address")!);

        Assert.Equal(["gateway"], backends.Distinct());
        Assert.Equal(KubeObject.Node(rule, "host"), publicAddress.Host);
        Assert.StartsWith(publicAddress.ToString(), config.Text("data", "Identity__WebRedirectUris__0"), StringComparison.Ordinal);
        Assert.StartsWith(publicAddress.ToString(), config.Text("data", "Identity__WebPostLogoutRedirectUris__0"), StringComparison.Ordinal);
        Assert.DoesNotContain(objects.OfKind("Service"), service => service.Text("spec", "type") is "LoadBalancer" or "NodePort");
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void EveryDatabase_HasAMigrationJobRunningItsServiceImageWithMigrateOnly(string overlay)
    {
        var objects = Overlays.Render(overlay);

        Assert.All(Overlays.ServicesWithDatabase, service =>
        {
            var job = objects.Find("Job", $"{service}-migrate");
            Assert.True(job is not null, $"{overlay}: no migration Job for {service}db");
            var migrate = job.Containers[0];
            var serve = objects.Find("Deployment", service)!.Containers[0];
            Assert.Equal(serve["image"], migrate["image"]);
            Assert.Contains("--migrate-only", ((IList<object>)migrate["args"]).Cast<string>());
            Assert.Equal(Overlays.EnvValue(serve, $"ConnectionStrings__{service}db"), Overlays.EnvValue(migrate, $"ConnectionStrings__{service}db"));
        });
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void ServicesThatPrintPdf_RunAChromiumSidecarTheirRendererReaches(string overlay)
    {
        var objects = Overlays.Render(overlay);
        var endpoint = new Uri(objects.Find("ConfigMap", "propertycloud-config")!.Text("data", "Pdf__BrowserEndpoint")!);

        Assert.All(new[] { "archives", "billing", "surveys", "quality" }, service =>
        {
            var sidecar = Assert.Single(objects.Find("Deployment", service)!.AllContainers, c => (string)c["name"] == "pdf-chromium");
            Assert.Equal("Always", sidecar["restartPolicy"]);
            var port = ((IList<object>)sidecar["ports"]).Cast<IDictionary<object, object>>().Single()["containerPort"];
            Assert.Equal(endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), port);
        });
    }
}
