using Microsoft.Extensions.Configuration;
using PropertyCloud.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = Infrastructure.Add(builder);
var demoData = builder.Configuration["DemoData:Enabled"] ?? "false";
var replicas = builder.Configuration.GetValue("Replicas", 1);
// DemoData:Estates trims the 28-estate demo group (tests use 3); Surveys' demo campaign waits for that many estates.
var demoEstates = builder.Configuration["DemoData:Estates"] ?? "28";

var identity = builder.AddProject<Projects.PropertyCloud_Identity_Api>("identity")
    .WithDatabase(infrastructure, "identitydb")
    .WithBroker(infrastructure) // creates partners' clients from PartnerRegistered
    .WithEnvironment("DemoData__Enabled", demoData)
    .WithHttpHealthCheck("/health");

IResourceBuilder<ProjectResource> AddService<TProject>(string name) where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name)
        .WithDatabase(infrastructure, $"{name}db")
        .WithBroker(infrastructure)
        .WithIdentity(identity)
        .WithEnvironment("DemoData__Enabled", demoData)
        .WithReplicas(replicas)
        .WithHttpHealthCheck("/health");

IResourceBuilder<ProjectResource>[] consumers =
[
    AddService<Projects.PropertyCloud_Archives_Api>("archives")
        .WithEnvironment("Archives__DocumentRoot", Path.Combine(builder.AppHostDirectory, "..", ".data", "archives-documents")),
    AddService<Projects.PropertyCloud_Billing_Api>("billing"),
    AddService<Projects.PropertyCloud_Repairs_Api>("repairs"),
    AddService<Projects.PropertyCloud_Surveys_Api>("surveys").WithEnvironment("DemoData__Estates", demoEstates),
    AddService<Projects.PropertyCloud_Quality_Api>("quality"),
    AddService<Projects.PropertyCloud_Partners_Api>("partners"),
];

// Residents publishes the demo register on its first start: its consumers' queues must be bound by then,
// or RabbitMQ drops the events (a healthy service has its bus, hence its queues, up).
var residents = AddService<Projects.PropertyCloud_Residents_Api>("residents")
    .WithEnvironment("DemoData__Estates", demoEstates);
foreach (var consumer in consumers)
{
    residents.WaitFor(consumer);
}
IResourceBuilder<ProjectResource>[] services = [residents, .. consumers];

// The web console: reached only through the gateway's catch-all route; it calls the APIs back through the gateway.
var web = builder.AddProject<Projects.PropertyCloud_Web>("web")
    .WithDatabase(infrastructure, "webdb") // data-protection keys shared by its instances
    .WithIdentity(identity)
    .WithReplicas(replicas)
    .WithHttpHealthCheck("/health");

var gateway = builder.AddProject<Projects.PropertyCloud_Gateway>("gateway")
    .WithIdentity(identity)
    .WithEnvironment("RateLimiting__PermitsPerSecond", builder.Configuration["Gateway:PermitsPerSecond"] ?? "50")
    .WithEnvironment("RateLimiting__Burst", builder.Configuration["Gateway:Burst"] ?? "100")
    .WithEndpoint("http", endpoint => endpoint.Port = GatewayPort(builder))
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();
foreach (var service in services)
{
    gateway.WithReference(service).WaitFor(service);
}

gateway.WithReference(web).WaitFor(web);

// The browser signs in on the gateway's address. Plain values, not endpoint references: Identity and the web start
// before the gateway (which waits for them), so waiting on its endpoint would wait forever. Needs a fixed port.
if (GatewayPort(builder) is { } gatewayPort)
{
    var publicAddress = $"http://localhost:{gatewayPort}";
    web.WithEnvironment("Gateway__Address", publicAddress);
    identity.WithEnvironment("Identity__WebRedirectUris__0", $"{publicAddress}/signin-oidc")
        .WithEnvironment("Identity__WebPostLogoutRedirectUris__0", $"{publicAddress}/signout-callback-oidc");
}

builder.Build().Run();

// 0 leaves the port to Aspire (tests pick free ports); run.sh passes 8080 or $GATEWAY_PORT.
static int? GatewayPort(IDistributedApplicationBuilder builder) =>
    builder.Configuration.GetValue("Gateway:Port", 8080) is var port and > 0 ? port : null;
