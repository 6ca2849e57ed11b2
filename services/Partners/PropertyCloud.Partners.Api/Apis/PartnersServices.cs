using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Feed;
using PropertyCloud.Partners.Api.Infrastructure;

namespace PropertyCloud.Partners.Api.Apis;

/// <summary>What the partner endpoints need, gathered for [AsParameters].</summary>
public sealed record PartnersServices(PartnersDb Db, CurrentUser User, TimeProvider Clock, AmqpPublisher Amqp, ILogger<PartnersServices> Logger);
