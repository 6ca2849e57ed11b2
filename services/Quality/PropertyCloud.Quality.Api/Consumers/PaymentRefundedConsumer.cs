using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Billing.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class PaymentRefundedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<PaymentRefunded>(db, clock);
