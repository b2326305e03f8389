"""OCR's engine and its input: Tesseract (``tesseract``) and page images from image files (``images``).
What OCR words become -- page words on the one layout path -- is the PDF package's business
(``pdf.engine_ocr``, ``pdf.ocr_run``); the image reader (``readers.image``) uses the same."""
