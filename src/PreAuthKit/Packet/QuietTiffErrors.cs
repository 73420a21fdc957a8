using BitMiracle.LibTiff.Classic;

namespace PreAuthKit.Packet;

/// <summary>
/// LibTiff.NET reports warnings and errors through one process-wide handler that writes to the
/// console by default. The library replaces it with a silent one only while the default is
/// installed: a handler the host set is left alone. Read failures surface as return values.
/// </summary>
internal sealed class QuietTiffErrors : TiffErrorHandler
{
    private static readonly object Gate = new();
    private static bool _checked;

    public static void Install()
    {
        lock (Gate)
        {
            if (_checked)
            {
                return;
            }

            _checked = true;
            var previous = Tiff.SetErrorHandler(new QuietTiffErrors());
            if (previous is not null && previous.GetType() != typeof(TiffErrorHandler))
            {
                Tiff.SetErrorHandler(previous);
            }
        }
    }

    public override void WarningHandler(Tiff tif, string method, string format, params object[] args)
    {
    }

    public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
    {
    }

    public override void ErrorHandler(Tiff tif, string method, string format, params object[] args)
    {
    }

    public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
    {
    }
}
