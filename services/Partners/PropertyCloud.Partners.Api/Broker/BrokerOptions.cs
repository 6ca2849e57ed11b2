namespace PropertyCloud.Partners.Api.Broker;

/// <summary>
/// Settings of partner broker accounts (configuration section "Partners:Broker"). By default the RabbitMQ management
/// API is reached on the AMQP host at port 15672 with the service's own broker credentials, and partners' users get
/// permissions on the service's virtual host.
/// </summary>
public sealed class BrokerOptions
{
    public Uri? ManagementUrl { get; set; }
    public string? ManagementUser { get; set; }
    public string? ManagementPassword { get; set; }

    /// <summary>How often the provisioner looks for partners whose broker user is still to create or update.</summary>
    public TimeSpan ProvisionInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 20;
}
