"""Hand-written Vietnamese news feeds in the shapes real sites publish (the project's own text).

The tests find the lines they expect with ``line_of``, so the feeds can be edited freely.
"""

from __future__ import annotations

#: A national news site's "latest news": RSS 2.0, bodies in description (a linked thumbnail,
#: ``</br>``, then the summary), titles between line breaks, +0700 dates, a stylesheet and a long
#: comment before <rss>, an HTML entity, and one item with an empty <title/>.
NEWS_RSS = (
    """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/rss/style.xsl"?>
<!--"""
    + " Nguồn tin tổng hợp. " * 300
    + """-->
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>Tin mới nhất - Thời sự Hôm nay</title>
<description>Tin tức trong ngày</description>
<pubDate>Wed, 01 Oct 2025 08:05:00 +0700</pubDate>
<generator>ThoiSuHomNay</generator>
<link>https://thoisuhomnay.example/rss/tin-moi-nhat.rss</link>
<item>
<title>
Quảng Trị rút ngắn thời gian cấp phép xây dựng&nbsp;còn 10 ngày
</title>
<description>
<![CDATA[
<a href="https://thoisuhomnay.example/quang-tri-cap-phep-1.html"><img width=130 height=100 src="https://thoisuhomnay.example/anh/cap-phep.jpg" ></a></br>Từ tháng 10, hồ sơ cấp phép xây dựng nhà ở riêng lẻ tại Quảng Trị được giải quyết trong 10 ngày thay vì 15 ngày như trước.
]]>
</description>
<pubDate>Wed, 01 Oct 2025 07:58:10 +0700</pubDate>
<link>
https://thoisuhomnay.example/quang-tri-cap-phep-1.html
</link>
<guid>
https://thoisuhomnay.example/quang-tri-cap-phep-1.html
</guid>
<slash:comments>0</slash:comments>
</item>
<item>
<title/>
<description>
<![CDATA[
<a href="https://thoisuhomnay.example/video-2.html"><img src="https://thoisuhomnay.example/anh/video.jpg" ></a></br>Video không có tiêu đề.
]]>
</description>
<pubDate>Wed, 01 Oct 2025 07:40:00 +0700</pubDate>
<link>https://thoisuhomnay.example/video-2.html</link>
</item>
<item>
<title>Cần Thơ công khai tiến độ giải quyết hồ sơ đất đai</title>
<description>
<![CDATA[
<a href="https://thoisuhomnay.example/can-tho-3.html"><img src="https://thoisuhomnay.example/anh/dat-dai.jpg" ></a></br>Người dân Cần Thơ tra cứu được từng bước xử lý hồ sơ trên Cổng Dịch vụ công của thành phố.<br /><br />Thành phố đặt mục tiêu 95% hồ sơ đúng hạn trong quý IV.
]]>
</description>
<pubDate>Tue, 30 Sep 2025 21:10:00 +0700</pubDate>
<link>https://thoisuhomnay.example/can-tho-3.html</link>
</item>
</channel>
</rss>
"""
)

#: A provincial portal's Atom 1.0 feed: published/updated in +07:00, content as HTML, one entry
#: with only a summary, one whose content is XHTML.
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title type="text">Cổng thông tin tỉnh Bắc Ninh - Cải cách hành chính</title>
  <subtitle>Tin cải cách hành chính của tỉnh</subtitle>
  <link rel="self" href="https://bacninh.example/atom.xml"/>
  <link rel="alternate" href="https://bacninh.example/"/>
  <id>tag:bacninh.example,2025:cchc</id>
  <updated>2025-10-02T09:30:00+07:00</updated>
  <entry>
    <title>Bắc Ninh: Trả kết quả thủ tục hành chính qua bưu điện</title>
    <link rel="alternate" href="https://bacninh.example/tin/tra-ket-qua"/>
    <id>tag:bacninh.example,2025:101</id>
    <published>2025-10-02T08:15:00+07:00</published>
    <updated>2025-10-02T09:00:00+07:00</updated>
    <content type="html">&lt;p&gt;Người dân Bắc Ninh nhận kết quả tại nhà mà không phải đến Bộ phận Một cửa.&lt;/p&gt;
&lt;p&gt;Phí chuyển phát do ngân sách tỉnh hỗ trợ.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="html">Thí điểm &lt;em&gt;chính quyền số&lt;/em&gt; cấp xã</title>
    <link href="https://bacninh.example/tin/thi-diem"/>
    <id>tag:bacninh.example,2025:100</id>
    <updated>2025-10-01T16:45:00+07:00</updated>
    <summary>Mười xã được chọn làm thí điểm trong năm nay.</summary>
  </entry>
  <entry>
    <title>Lấy ý kiến người dân về dịch vụ công</title>
    <id>tag:bacninh.example,2025:99</id>
    <published>2025-09-30T10:00:00Z</published>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <p>Phiếu khảo sát được gửi đến 2.000 hộ gia đình.</p>
        <p>Kết quả sẽ công bố vào cuối năm.</p>
      </div>
    </content>
  </entry>
</feed>
"""

#: An RSS 1.0 (RDF) feed of a ministry: dc:date, items after the channel, bodies in description.
RSS1 = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://bonoivu.example/">
    <title>Bộ Nội vụ - Tin cải cách</title>
    <link>https://bonoivu.example/</link>
    <description>Tin cải cách hành chính</description>
    <dc:language>vi</dc:language>
    <dc:date>2025-10-03T07:00:00+07:00</dc:date>
    <items>
      <rdf:Seq>
        <rdf:li rdf:resource="https://bonoivu.example/tin/1"/>
      </rdf:Seq>
    </items>
  </channel>
  <item rdf:about="https://bonoivu.example/tin/1">
    <title>Rà soát chức năng, nhiệm vụ của các cục</title>
    <link>https://bonoivu.example/tin/1</link>
    <dc:date>2025-10-02T17:20:00+07:00</dc:date>
    <description>Bộ yêu cầu các đơn vị hoàn thành rà soát trước ngày 15/10/2025.</description>
  </item>
</rdf:RDF>
"""

#: An old regional site's RSS in Windows-1258 (declared), dated in +0700, no channel date.
LEGACY_RSS = """<?xml version="1.0" encoding="windows-1258"?>
<rss version="2.0">
<channel>
<title>Báo Miền Tây - Cải cách hành chính</title>
<link>https://baomientay.example/</link>
<item>
<title>Sóc Trăng tiếp nhận hồ sơ đất đai ở cấp xã</title>
<description>&lt;p&gt;Người dân nộp hồ sơ tại xã, không phải lên huyện.&lt;/p&gt;</description>
<pubDate>Thu, 02 Oct 2025 16:30:00 +0700</pubDate>
</item>
</channel>
</rss>
"""


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line of ``text`` that contains ``needle``."""
    found = [n for n, line in enumerate(text.split("\n"), start=1) if needle in line]
    return found[occurrence - 1]
