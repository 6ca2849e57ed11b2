namespace PropertyCloud.Deployment.Tests;

/// <summary>The production-like overlay: several instances, a replicated database per service, a 3-node broker with quorum queues.</summary>
public sealed class ProductionOverlayTests
{
    private readonly IReadOnlyList<KubeObject> _objects = Overlays.Render("overlays/production");

    [Fact]
    public void EveryService_RunsAtLeastTwoInstancesSpreadOverNodes()
    {
        Assert.All(_objects.ServiceDeployments(), deployment =>
        {
            Assert.True(deployment.Number("spec", "replicas") >= 2, $"{deployment} has fewer than 2 replicas");
            var spread = Assert.Single(deployment.List("spec", "template", "spec", "topologySpreadConstraints"));
            Assert.Equal("kubernetes.io/hostname", KubeObject.Node(spread, "topologyKey"));
        });
        Assert.All(_objects.OfKind("HorizontalPodAutoscaler"), autoscaler =>
            Assert.True(autoscaler.Number("spec", "minReplicas") >= 2, $"{autoscaler} may scale below 2"));
    }

    [Fact]
    public void EveryDisruptionBudget_KeepsAnInstanceUp()
    {
        Assert.All(_objects.OfKind("PodDisruptionBudget"), budget =>
        {
            var replicas = _objects.Find("Deployment", budget.Name)!.Number("spec", "replicas");
            var mayBeDown = budget.Text("spec", "maxUnavailable") is { } max ? int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) : replicas;
            Assert.True(replicas - mayBeDown >= 1, $"{budget} lets every instance go down");
        });
    }

    [Fact]
    public void Services_DeclareQuorumQueues()
    {
        var config = _objects.Find("ConfigMap", "propertycloud-config")!;

        Assert.Equal("true", config.Text("data", "EventBus__QuorumQueues"));
        Assert.All(_objects.ServiceDeployments(), deployment => Assert.Contains(
            deployment.Containers[0]["envFrom"] as IList<object> ?? [],
            source => KubeObject.Node(source, "configMapRef", "name") as string == "propertycloud-config"));
    }

    [Fact]
    public void TheBroker_IsAThreeNodeRabbitMqClusterNamedAsTheServicesExpect()
    {
        var broker = Assert.Single(_objects.OfKind("RabbitmqCluster"));

        Assert.Equal(3, broker.Number("spec", "replicas"));
        Assert.Equal("rabbitmq", broker.Name);
    }

    [Fact]
    public void EveryServiceDatabase_IsACloudNativePgClusterWithAReplica()
    {
        Assert.All(Overlays.ServicesWithDatabase, service =>
        {
            var cluster = _objects.Find("Cluster", $"{service}db");
            Assert.True(cluster is not null, $"no CloudNativePG Cluster for {service}db");
            Assert.True(cluster.Number("spec", "instances") >= 2, $"{cluster} has no replica");

            // The service reaches the operator's primary Service and the database the cluster creates.
            var connection = Overlays.EnvValue(_objects.Find("Deployment", service)!.Containers[0], $"ConnectionStrings__{service}db")!;
            Assert.Contains($"Host={cluster.Name}-rw;", connection, StringComparison.Ordinal);
            Assert.Contains($"Database={cluster.Text("spec", "bootstrap", "initdb", "database")};", connection, StringComparison.Ordinal);
            var password = Overlays.Env(_objects.Find("Deployment", service)!.Containers[0])["DB_PASSWORD"];
            Assert.Equal($"{cluster.Name}-app", KubeObject.Node(password, "valueFrom", "secretKeyRef", "name"));
        });
    }

    [Fact]
    public void EveryServiceDatabase_IsBackedUpNightly()
    {
        Assert.All(_objects.OfKind("Cluster"), cluster =>
        {
            Assert.NotNull(cluster.Map("spec", "backup", "barmanObjectStore"));
            Assert.Contains(_objects.OfKind("ScheduledBackup"), backup => backup.Text("spec", "cluster", "name") == cluster.Name);
        });
    }

    [Fact]
    public void Telemetry_GoesToTheOperatorsCollector()
    {
        var collector = Assert.Single(_objects.OfKind("OpenTelemetryCollector"));
        var endpoint = new Uri(_objects.Find("ConfigMap", "propertycloud-config")!.Text("data", "OTEL_EXPORTER_OTLP_ENDPOINT")!);

        // The OpenTelemetry operator names the collector's Service "<name>-collector".
        Assert.Equal($"{collector.Name}-collector", endpoint.Host);
    }
}
