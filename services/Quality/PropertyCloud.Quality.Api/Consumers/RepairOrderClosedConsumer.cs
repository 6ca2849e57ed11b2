using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class RepairOrderClosedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<RepairOrderClosed>(db, clock);
