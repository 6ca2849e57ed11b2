using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class RepairOrderCompletedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<RepairOrderCompleted>(db, clock);
