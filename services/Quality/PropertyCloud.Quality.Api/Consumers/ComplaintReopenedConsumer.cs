using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class ComplaintReopenedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<ComplaintReopened>(db, clock);
