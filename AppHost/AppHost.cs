using Microsoft.Extensions.Configuration;
using PropertyCloud.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = Infrastructure.Add(builder);
var demoData = builder.Configuration["DemoData:Enabled"] ?? "false";

var identity = builder.AddProject<Projects.PropertyCloud_Identity_Api>("identity")
    .WithDatabase(infrastructure, "identitydb")
    .WithEnvironment("DemoData__Enabled", demoData)
    .WithHttpHealthCheck("/health");

var residents = builder.AddProject<Projects.PropertyCloud_Residents_Api>("residents")
    .WithDatabase(infrastructure, "residentsdb")
    .WithBroker(infrastructure)
    .WithIdentity(identity)
    .WithEnvironment("DemoData__Enabled", demoData)
    .WithHttpHealthCheck("/health");

var archives = builder.AddProject<Projects.PropertyCloud_Archives_Api>("archives")
    .WithDatabase(infrastructure, "archivesdb")
    .WithBroker(infrastructure)
    .WithIdentity(identity)
    .WithHttpHealthCheck("/health");

var billing = builder.AddProject<Projects.PropertyCloud_Billing_Api>("billing")
    .WithDatabase(infrastructure, "billingdb")
    .WithBroker(infrastructure)
    .WithIdentity(identity)
    .WithEnvironment("DemoData__Enabled", demoData)
    .WithHttpHealthCheck("/health");

var repairs = builder.AddProject<Projects.PropertyCloud_Repairs_Api>("repairs")
    .WithDatabase(infrastructure, "repairsdb")
    .WithBroker(infrastructure)
    .WithIdentity(identity)
    .WithEnvironment("DemoData__Enabled", demoData)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.PropertyCloud_Gateway>("gateway")
    .WithIdentity(identity)
    .WithReference(residents).WaitFor(residents)
    .WithReference(archives).WaitFor(archives)
    .WithReference(billing).WaitFor(billing)
    .WithReference(repairs).WaitFor(repairs)
    .WithEnvironment("RateLimiting__PermitsPerSecond", builder.Configuration["Gateway:PermitsPerSecond"] ?? "50")
    .WithEnvironment("RateLimiting__Burst", builder.Configuration["Gateway:Burst"] ?? "100")
    .WithEndpoint("http", endpoint => endpoint.Port = GatewayPort(builder))
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();

// 0 leaves the port to Aspire (tests pick free ports); run.sh passes 8080 or $GATEWAY_PORT.
static int? GatewayPort(IDistributedApplicationBuilder builder) =>
    builder.Configuration.GetValue("Gateway:Port", 8080) is var port and > 0 ? port : null;
