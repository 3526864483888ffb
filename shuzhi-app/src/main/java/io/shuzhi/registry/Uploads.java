package io.shuzhi.registry;

import io.shuzhi.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Uploaded files are copied to a temporary file first: the xlsx reader needs random access to the zip. */
final class Uploads {

    private Uploads() {
    }

    static Path toTempFile(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (file.isEmpty()) {
            throw new InvalidInputException("import.empty-file", "file", "上传的文件为空 / The file is empty");
        }
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw new InvalidInputException("import.unsupported-file", "file", "仅支持 .xlsx 或 .csv 文件 / Only .xlsx or .csv files");
        }
        try {
            Path temp = Files.createTempFile("shuzhi-import-", name.endsWith(".csv") ? ".csv" : ".xlsx");
            file.transferTo(temp);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }

    static InvalidInputException unreadable(SheetReader.UnreadableFile e) {
        return new InvalidInputException("import.unreadable", "file", e.getMessage());
    }
}
