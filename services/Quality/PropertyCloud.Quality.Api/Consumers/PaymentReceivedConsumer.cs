using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Billing.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class PaymentReceivedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<PaymentReceived>(db, clock);
