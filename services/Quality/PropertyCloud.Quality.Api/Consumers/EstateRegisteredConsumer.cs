using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class EstateRegisteredConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<EstateRegistered>(db, clock);
