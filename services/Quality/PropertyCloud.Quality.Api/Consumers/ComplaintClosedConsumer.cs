using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class ComplaintClosedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<ComplaintClosed>(db, clock);
