using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Broker;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Feed;
using PropertyCloud.Partners.Api.Infrastructure;

namespace PropertyCloud.Partners.Api.Apis;

/// <summary>What the partner endpoints need, gathered for [AsParameters].</summary>
public sealed record PartnersServices(PartnersDb Db, CurrentUser User, TimeProvider Clock, AmqpPublisher Amqp, ISecretProtector Secrets,
    RabbitMqManagementClient Broker, ILogger<PartnersServices> Logger);
