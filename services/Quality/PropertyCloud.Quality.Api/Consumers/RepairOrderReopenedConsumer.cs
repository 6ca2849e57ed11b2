using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class RepairOrderReopenedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<RepairOrderReopened>(db, clock);
