using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class SlaBreachedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<SlaBreached>(db, clock);
