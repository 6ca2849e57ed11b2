namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>Wakes this instance's import worker when a sheet is uploaded, instead of waiting for its next look.</summary>
public sealed class MeterImportSignal : IDisposable
{
    private readonly SemaphoreSlim _uploaded = new(0, 1);

    public void Notify()
    {
        if (_uploaded.CurrentCount == 0)
        {
            try
            {
                _uploaded.Release();
            }
            catch (SemaphoreFullException)
            {
                // another upload woke it already
            }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _uploaded.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _uploaded.Dispose();
}
