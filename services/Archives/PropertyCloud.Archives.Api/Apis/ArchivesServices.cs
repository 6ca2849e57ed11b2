using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Audit;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>What the archive's endpoints need, gathered for [AsParameters].</summary>
public sealed record ArchivesServices(ArchivesDb Db, CurrentUser User, TimeProvider Clock, AuditTrail Audit);
