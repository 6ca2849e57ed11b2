using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class ComplaintRespondedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<ComplaintResponded>(db, clock);
