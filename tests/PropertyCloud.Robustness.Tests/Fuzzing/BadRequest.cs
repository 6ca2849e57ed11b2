namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>
/// One hostile request. <paramref name="Case"/> names the fault (e.g. "body.wrong-type:amount"), <paramref name="Field"/>
/// the body field it targets ("" for the body as a whole, null for path and query faults); when
/// <paramref name="MustNameField"/> the deserialiser meets this fault first, so the answer must name exactly that field.
/// </summary>
public sealed record BadRequest(string Case, string Method, string Url, string? Body, string? ContentType, string? Field, bool MustNameField)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new StringContent(Body);
            message.Content.Headers.ContentType = ContentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(ContentType);
        }
        return message;
    }

    public string Describe() =>
        $"{Method} {Url}" + (Body is null ? "" : $" [{ContentType}] {(Body.Length > 300 ? Body[..300] + $"… ({Body.Length} chars)" : Body)}");
}
