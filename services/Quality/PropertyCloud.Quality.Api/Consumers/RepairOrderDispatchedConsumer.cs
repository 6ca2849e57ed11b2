using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class RepairOrderDispatchedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<RepairOrderDispatched>(db, clock);
