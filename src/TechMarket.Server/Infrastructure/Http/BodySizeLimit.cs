namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Caps JSON request bodies: a declared Content-Length over the cap is refused at once, and a chunked body is
/// cut off when it passes the cap. Either way the client gets 413 and nothing is read into a command.
/// </summary>
internal static class BodySizeLimit
{
    public static IApplicationBuilder UseJsonBodySizeLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.HasJsonContentType())
            {
                if (context.Request.ContentLength > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                context.Request.Body = new CappedStream(context.Request.Body, maxBytes);
            }

            await next(context);
        });

    private static BadHttpRequestException TooLarge(long maxBytes) =>
        new($"The request body may be at most {maxBytes / 1024} KiB.", StatusCodes.Status413PayloadTooLarge);

    private sealed class CappedStream(Stream inner, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Count(await inner.ReadAsync(buffer, ct));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > maxBytes ? throw TooLarge(maxBytes) : read;
        }
    }
}
