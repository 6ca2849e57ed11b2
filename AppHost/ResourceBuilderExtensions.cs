namespace PropertyCloud.AppHost;

internal static class ResourceBuilderExtensions
{
    /// <summary>Gives a service its own database, waiting for it when Aspire runs the server.</summary>
    public static IResourceBuilder<ProjectResource> WithDatabase(
        this IResourceBuilder<ProjectResource> project, Infrastructure infrastructure, string name)
    {
        var database = infrastructure.Database(name);
        project.WithReference(database);
        return infrastructure.InContainers ? project.WaitFor(database) : project;
    }

    /// <summary>Connects a service to the message broker, waiting for it when Aspire runs the broker.</summary>
    public static IResourceBuilder<ProjectResource> WithBroker(this IResourceBuilder<ProjectResource> project, Infrastructure infrastructure)
    {
        project.WithReference(infrastructure.Broker);
        return infrastructure.InContainers ? project.WaitFor(infrastructure.Broker) : project;
    }

    /// <summary>Lets a service validate tokens against Identity (found by service discovery) once Identity is healthy.</summary>
    public static IResourceBuilder<ProjectResource> WithIdentity(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> identity) =>
        project.WithReference(identity).WaitFor(identity);
}
