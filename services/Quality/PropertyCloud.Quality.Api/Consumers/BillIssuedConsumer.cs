using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Billing.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class BillIssuedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<BillIssued>(db, clock);
