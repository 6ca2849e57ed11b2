using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class ComplaintEscalatedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<ComplaintEscalated>(db, clock);
