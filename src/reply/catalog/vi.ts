// Vietnamese (vi) reply texts, friendly chat style addressing the shopper as "bạn".
import type { Catalog } from './en.js';

export const vi: Catalog = {
  greeting: 'Chào bạn! Mình là trợ lý của {shop}. Mình có thể kiểm tra đơn hàng, giải đáp về giao hàng, đổi trả và thanh toán, hoặc kết nối bạn với nhân viên hỗ trợ. Mình có thể giúp gì cho bạn?',
  thanks: 'Không có gì đâu bạn! Bạn cần mình hỗ trợ thêm gì nữa không?',
  goodbye: 'Cảm ơn bạn đã trò chuyện với {shop}. Chúc bạn một ngày thật vui!',
  ask_order_number: 'Được chứ, mình kiểm tra giúp bạn nhé. Bạn cho mình xin mã đơn hàng nha, mã có dạng {example}.',
  ask_order_email: 'Để bảo vệ quyền riêng tư của bạn, bạn vui lòng cho mình biết địa chỉ email đã dùng để đặt đơn hàng {number} nhé.',
  order_not_found: 'Mình không tìm thấy đơn hàng {number} với thông tin này. Bạn vui lòng kiểm tra lại mã đơn hàng (có dạng {example}) và email đã dùng khi thanh toán nhé.',
  order_unpaid: 'Đơn hàng {number} đang chờ thanh toán ({total}). Đơn sẽ được xử lý ngay khi thanh toán được xác nhận.',
  order_awaiting_group_buy: 'Đơn hàng {number} đã được thanh toán và đang chờ nhóm mua chung đủ người. Khi nhóm đủ người, đơn sẽ được đóng gói và gửi đi ngay.',
  order_paid: 'Đơn hàng {number} đã được thanh toán và đang được chuẩn bị. Bên mình cam kết giao hàng chậm nhất vào ngày {promised}.',
  order_packed: 'Đơn hàng {number} đã được đóng gói và sắp được bàn giao cho đơn vị vận chuyển. Bên mình cam kết giao hàng chậm nhất vào ngày {promised}.',
  order_partially_shipped: 'Một phần của đơn hàng {number} đang được {carrier} vận chuyển (mã vận đơn {tracking}): {event}. Phần còn lại sẽ được gửi trong một kiện hàng riêng.',
  order_shipped: 'Đơn hàng {number} đang được {carrier} vận chuyển, mã vận đơn {tracking}. Cập nhật mới nhất: {event}. Dự kiến giao: {eta}.',
  order_delivered: 'Đơn hàng {number} đã được giao vào ngày {delivered}. Nếu đơn hàng có vấn đề gì, bạn cứ báo mình, mình sẽ nhờ nhân viên hỗ trợ bạn nhé.',
  order_cancelled: 'Đơn hàng {number} đã được hủy vào ngày {cancelled}. Số tiền bạn đã thanh toán (nếu có) sẽ được hoàn về phương thức thanh toán ban đầu.',
  order_closed: 'Đơn hàng {number} đã hoàn tất và được đóng lại. Bạn còn cần mình hỗ trợ gì thêm về đơn này không?',
  handoff: 'Mình đang kết nối bạn với nhân viên hỗ trợ để tiếp tục xử lý. Bạn cứ nhắn tiếp nhé, nhân viên sẽ xem được toàn bộ cuộc trò chuyện.',
  handoff_anger: 'Mình rất xin lỗi về sự bất tiện này. Mình sẽ mời nhân viên hỗ trợ vào ngay để giải quyết ổn thỏa cho bạn.',
  clarify: 'Xin lỗi, mình chưa hiểu rõ ý bạn. Bạn có thể nói cách khác được không? Mình có thể hỗ trợ về đơn hàng, theo dõi vận đơn, giao hàng, đổi trả, thanh toán và mã giảm giá.',
  knowledge: '{body}',
  knowledge_source: 'Nguồn: {title}',
  no_answer: 'Mình chưa có câu trả lời chắc chắn cho câu hỏi này, nên mình sẽ chuyển cho nhân viên hỗ trợ nhé.',
  quick_order: 'Đơn hàng của mình đến đâu rồi?',
  quick_shipping: 'Phí vận chuyển',
  quick_returns: 'Chính sách đổi trả',
};
