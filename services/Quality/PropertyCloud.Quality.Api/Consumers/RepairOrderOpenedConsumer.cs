using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class RepairOrderOpenedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<RepairOrderOpened>(db, clock);
