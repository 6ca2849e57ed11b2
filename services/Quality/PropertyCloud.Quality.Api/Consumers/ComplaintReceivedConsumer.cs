using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class ComplaintReceivedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<ComplaintReceived>(db, clock);
