"""The receiving office's pages: Hộp thư, Đơn vị, Tổng hợp, Kiểm tra."""
