package kr.tipa.eval.hardening;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A ZIP writer that does what it is told: duplicate names, any name bytes, stored or deflated, sizes
 * and checksums that lie. {@link java.util.zip.ZipOutputStream} refuses most of that, and a hostile
 * bundle is exactly what it refuses to write.
 */
final class RawZip {

    /**
     * One entry.
     *
     * @param declaredSize           the uncompressed size written in the headers; -1 for the real one
     * @param declaredCompressedSize the compressed size written in the headers; -1 for the real one
     */
    record Entry(String name, byte[] data, boolean deflate, boolean utf8Flag, long declaredSize,
            long declaredCompressedSize, boolean badCrc) {

        static Entry of(String name, byte[] data) {
            return new Entry(name, data, true, true, -1, -1, false);
        }

        Entry withName(String other) {
            return new Entry(other, data, deflate, utf8Flag, declaredSize, declaredCompressedSize, badCrc);
        }

        Entry withData(byte[] other) {
            return new Entry(name, other, deflate, utf8Flag, declaredSize, declaredCompressedSize, badCrc);
        }

        Entry withHeaders(boolean deflated, boolean utf8, long size, long compressedSize, boolean wrongCrc) {
            return new Entry(name, data, deflated, utf8, size, compressedSize, wrongCrc);
        }

        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    private RawZip() {
    }

    static byte[] write(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            byte[] name = nameBytes(entry);
            byte[] body = entry.deflate() ? deflate(entry.data()) : entry.data();
            CRC32 crc = new CRC32();
            crc.update(entry.data());
            int crcValue = (int) crc.getValue() ^ (entry.badCrc() ? 0x5A5A : 0);
            int size = (int) (entry.declaredSize() >= 0 ? entry.declaredSize() : entry.data().length);
            int compressed = (int) (entry.declaredCompressedSize() >= 0 ? entry.declaredCompressedSize() : body.length);
            int flags = entry.utf8Flag() ? 0x0800 : 0;
            int method = entry.deflate() ? 8 : 0;
            int offset = out.size();
            ByteBuffer local = little(30 + name.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) flags).putShort((short) method)
                    .putShort((short) 0).putShort((short) 0x5925).putInt(crcValue).putInt(compressed).putInt(size)
                    .putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(body);
            ByteBuffer header = little(46 + name.length);
            header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) flags)
                    .putShort((short) method).putShort((short) 0).putShort((short) 0x5925).putInt(crcValue)
                    .putInt(compressed).putInt(size).putShort((short) name.length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putInt(entry.isDirectory() ? 0x10 : 0).putInt(offset).put(name);
            central.writeBytes(header.array());
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = little(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt(centralOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    /** UTF-8 when flagged (as the spec asks); otherwise CP949, as Korean Windows archivers write. */
    private static byte[] nameBytes(Entry entry) {
        if (entry.utf8Flag()) {
            return entry.name().getBytes(StandardCharsets.UTF_8);
        }
        return entry.name().getBytes(java.nio.charset.Charset.forName("x-windows-949"));
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
