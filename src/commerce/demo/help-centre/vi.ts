// Trung tâm trợ giúp và chính sách đổi trả tiếng Việt: thân thiện, rõ ràng, mọi con số lấy từ dữ liệu cửa hàng.
import type { ZoneId } from '../shipping-zones.js';
import { joinList, type HelpFacts } from './help-facts.js';
import type { LanguageContent } from './topics.js';

const ZONES: Record<ZoneId, string> = {
  singapore: 'Singapore',
  southeast_asia: 'Đông Nam Á (Malaysia, Indonesia, Thái Lan, Việt Nam, Philippines)',
  east_asia: 'Đông Á (Trung Quốc, Hồng Kông, Đài Loan, Nhật Bản, Hàn Quốc)',
  gulf_oceania: 'Trung Đông và châu Đại Dương (UAE, Ả Rập Xê Út, Úc)',
  europe_americas: 'Châu Âu và châu Mỹ (Anh, Tây Ban Nha, Bồ Đào Nha, Mỹ, Mexico, Brazil)',
};

const TAX_COUNTRIES: Record<string, readonly [country: string, tax: string]> = {
  SG: ['Singapore', 'thuế GST'], MY: ['Malaysia', 'thuế hàng giá trị thấp'], AU: ['Úc', 'thuế GST'], GB: ['Anh', 'thuế VAT'], ES: ['Tây Ban Nha', 'thuế VAT'], PT: ['Bồ Đào Nha', 'thuế VAT'],
};

/** The countries where tax is paid at checkout, each with its rate and tax name. */
function taxedCountries(f: HelpFacts): string {
  const named = f.checkoutTax.map(({ country, percent }) => {
    const [name, tax] = TAX_COUNTRIES[country] ?? [country, 'thuế'];
    return `${name} (${tax} ${percent}%)`;
  });
  return joinList(named, 'vi');
}

const GLOBAL_METHODS = ['Visa/Mastercard/Amex', 'PayPal', 'Apple Pay'];

const days = ([from, to]: readonly [number, number]): string => (from === to ? `${from} ngày làm việc` : `${from}–${to} ngày làm việc`);

export const VI: LanguageContent<HelpFacts> = {
  articles: (f) => ({
    'shipping-times': {
      title: 'Bao lâu thì tôi nhận được hàng?',
      body: [
        `Mọi đơn hàng được đóng gói tại kho của chúng tôi ở Singapore trong vòng ${f.processingDays} ngày làm việc sau khi thanh toán (đơn thanh toán trước 14:00 giờ Singapore vào ngày làm việc thường được gửi đi ngay trong ngày). Sau đó, thời gian giao hàng là:`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}: tiêu chuẩn ${days(zone.days.standard)}, hỏa tốc ${days(zone.days.express)}.`),
        'Ngày “giao trước” trong email xác nhận đơn hàng đã tính cả thời gian đóng gói. Vào dịp 11.11, 12.12 và các đợt sale lớn, vui lòng cộng thêm 2–3 ngày.',
      ].join('\n'),
    },
    'shipping-fees': {
      title: 'Phí vận chuyển và miễn phí vận chuyển',
      body: [
        `Miễn phí giao hàng tiêu chuẩn cho mọi đơn từ ${f.freeShippingThreshold} trở lên sau giảm giá (ở Việt Nam hiển thị là ${f.localThreshold('VND')} khi thanh toán). Với đơn dưới mức này, hoặc khi chọn hỏa tốc, phí là:`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}: tiêu chuẩn ${zone.fee.standard}, hỏa tốc ${zone.fee.express}.`),
        `Giao hỏa tốc không bao giờ miễn phí, nhưng mã ${f.freeShippingCode.code} giúp miễn phí giao tiêu chuẩn cho đơn từ ${f.freeShippingCode.minSpend}.`,
      ].join('\n'),
    },
    'customs-duties': {
      title: 'Hải quan, thuế nhập khẩu',
      body: `Với đơn hàng gửi đến ${taxedCountries(f)}, chúng tôi thu thuế ngay khi thanh toán nên bạn không phải trả thêm gì khi nhận hàng. Ở các nơi khác, kể cả Việt Nam, hải quan có thể thu thuế nhập khẩu khi hàng về; đơn vị vận chuyển sẽ thu khoản này của bạn trước khi giao, và chúng tôi không thể báo trước số tiền chính xác. Chúng tôi luôn khai đúng giá trị hàng hóa và không thể khai đơn hàng là quà tặng. Thông quan thường mất 1–3 ngày; nếu kiện hàng bị giữ quá ${f.customsStuckDays} ngày, hãy kiểm tra xem đơn vị vận chuyển có gửi tin nhắn yêu cầu giấy tờ hay thanh toán không, rồi báo cho chúng tôi để chúng tôi theo dõi giúp. Nếu bạn từ chối nộp thuế, kiện hàng sẽ được trả về và chúng tôi hoàn tiền hàng, không bao gồm phí vận chuyển.`,
    },
    'tracking-help': {
      title: 'Theo dõi kiện hàng',
      body: `Ngay khi kiện hàng rời kho, chúng tôi gửi email cho bạn tên đơn vị vận chuyển và mã vận đơn; bạn cũng có thể theo dõi trên trang tra cứu của chúng tôi hoặc trong mục Đơn hàng ở tài khoản. Trạng thái có thể không cập nhật một hai ngày khi kiện hàng được chuyển giữa các hãng hoặc bay ra nước ngoài, điều này là bình thường. Nếu đã ${f.noScanDays} ngày không có lượt quét mới, hãy nhắn cho chúng tôi để mở yêu cầu tra soát với đơn vị vận chuyển. Nếu trạng thái báo đã giao mà bạn không thấy hàng, hãy hỏi hàng xóm, bảo vệ tòa nhà, xem tủ nhận hàng và chờ đến hết ngày hôm sau; sau đó báo cho chúng tôi trong vòng 7 ngày, chúng tôi sẽ khiếu nại và gửi hàng thay thế hoặc hoàn tiền khi đơn vị vận chuyển kiểm tra xong.`,
    },
    'returns-how-to': {
      title: 'Cách trả hàng',
      body: `Bạn có ${f.returns.windowDays} ngày kể từ khi nhận hàng để trả hàng (${f.returns.vipWindowDays} ngày với thành viên VIP, tức khách có tổng chi tiêu trên ${f.vipSpend}). Sản phẩm phải chưa mặc, chưa giặt, chưa sử dụng và còn nguyên tem mác. Mỹ phẩm và sản phẩm chăm sóc da, đồ lót và thẻ quà tặng không được trả lại, trừ khi bị lỗi, hư hỏng hoặc giao sai. Cách làm: vào Đơn hàng, chọn “Trả hàng”, chọn sản phẩm và lý do, chúng tôi sẽ gửi nhãn trả hàng trả trước qua email để bạn gửi cho đơn vị vận chuyển. Nếu trả vì đổi ý, phí nhãn ${f.returns.labelFee} sẽ được trừ vào tiền hoàn; miễn phí cho thành viên VIP và cho hàng lỗi hoặc giao sai. Đơn trả hàng trị giá trên ${f.returns.manualApprovalAbove} sẽ được đội ngũ của chúng tôi kiểm tra trong ${f.returns.manualApprovalDays} ngày làm việc trước khi gửi nhãn.`,
    },
    exchanges: {
      title: 'Đổi size hoặc đổi màu',
      body: `Cần size hoặc màu khác của cùng sản phẩm? Bạn có thể đổi trong vòng ${f.returns.exchangeWindowDays} ngày kể từ khi nhận hàng, và lần đổi đầu tiên của mỗi sản phẩm được miễn phí, kể cả nhãn gửi trả. Bắt đầu tại Đơn hàng → “Đổi hàng”; chúng tôi gửi size mới ngay khi đơn vị vận chuyển quét kiện hàng bạn gửi trả, không cần đợi hàng về kho. Nếu size bạn muốn đã hết, chúng tôi sẽ hoàn tiền. Điều kiện giống như trả hàng: chưa mặc, còn nguyên tem mác.`,
    },
    'refund-timing': {
      title: 'Khi nào tôi nhận được tiền hoàn?',
      body: `Chúng tôi hoàn tiền trong vòng ${f.returns.refundDays} ngày làm việc kể từ khi hàng trả về đến kho và sẽ báo cho bạn qua email. Tiền được hoàn về đúng phương thức bạn đã thanh toán: ví điện tử như MoMo thường nhận trong 1–3 ngày, thẻ tín dụng 5–10 ngày làm việc, chuyển khoản hoặc VNPAY 3–5 ngày làm việc, tùy ngân hàng. Nếu bạn hủy đơn trước khi chúng tôi đóng gói, tiền được hoàn trong 1 ngày làm việc.`,
    },
    'payment-methods': {
      title: 'Phương thức thanh toán',
      body: `Tại Việt Nam, bạn có thể thanh toán bằng ${joinList(f.paymentMethods('VN'), 'vi')}. ${joinList(GLOBAL_METHODS, 'vi')} dùng được ở hầu hết các quốc gia. Tất cả đơn hàng đều được thanh toán trước; chúng tôi hiện chưa nhận thanh toán khi nhận hàng (COD) cho hàng gửi từ Singapore. Chúng tôi không bao giờ hỏi thông tin thẻ qua chat hay email.`,
    },
    'coupons-promotions': {
      title: 'Cách dùng mã giảm giá và khuyến mãi',
      body: `Nhập mã khi thanh toán. Mỗi đơn chỉ dùng được một mã, trừ mã ${f.freeShippingCode.code} (miễn phí giao tiêu chuẩn cho đơn từ ${f.freeShippingCode.minSpend}) có thể dùng chung với mã giảm theo phần trăm như ${f.welcome.code}. ${f.welcome.code} giảm ${f.welcome.percent}% cho đơn đầu tiên trên ${f.welcome.minSpend}. Các khuyến mãi tự động như sale ngày đôi được áp dụng mà không cần mã; một số đợt sale không dùng chung với mã, khi đó hệ thống tự chọn ưu đãi có lợi hơn cho bạn. Mã và khuyến mãi bắt đầu, kết thúc theo giờ Singapore, không áp dụng cho thẻ quà tặng và không thể thêm sau khi đã đặt hàng. Nếu bạn trả một phần đơn hàng được giảm theo mức chi tiêu, số tiền hoàn sẽ được tính lại.`,
    },
    'order-changes-cancellation': {
      title: 'Thay đổi hoặc hủy đơn hàng',
      body: 'Bạn có thể đổi size, màu, địa chỉ giao hàng hoặc hủy đơn cho đến khi chúng tôi bắt đầu đóng gói, thường là trong vòng một ngày làm việc sau khi thanh toán. Thực hiện trong mục Đơn hàng, hoặc nhắn cho chúng tôi kèm mã đơn (ví dụ PD-123456). Khi đơn đã được đóng gói hoặc gửi đi thì không thể dừng lại, nhưng bạn có thể trả hàng sau khi nhận. Đơn chuyển khoản hoặc QR chưa thanh toán sẽ tự hủy khi mã thanh toán hết hạn, bạn không cần làm gì. Nếu hủy đơn đã thanh toán, tiền được hoàn trong 1 ngày làm việc.',
    },
    warranty: {
      title: 'Bảo hành và hàng lỗi',
      body: `Thiết bị Tidewell (sạc dự phòng, tai nghe, củ sạc và ốp lưng) được bảo hành ${f.warranty.gadgetMonths} tháng kể từ khi nhận hàng; các sản phẩm khác được bảo hành ${f.warranty.defectDays} ngày đối với lỗi sản xuất như bung đường may, hỏng khóa kéo hay bong đế. Gửi cho chúng tôi mã đơn kèm ảnh hoặc video ngắn, chúng tôi sẽ sửa, đổi mới hoặc hoàn tiền, kèm nhãn gửi trả miễn phí. Hao mòn thông thường, rơi vỡ, vào nước vượt mức chống nước công bố và hư hỏng do sử dụng sai cách không thuộc phạm vi bảo hành.`,
    },
    'size-guide': {
      title: 'Chọn size phù hợp',
      body: 'Trang sản phẩm nào cũng có bảng size tính bằng cm. Với áo sơ mi và áo khoác, hãy so vòng ngực của bạn với bảng; áo sơ mi linen của chúng tôi có dáng rộng, nếu thích vừa người hãy chọn nhỏ hơn một size. Với đầm, hãy xem vòng ngực, vòng eo và vòng hông. Giày theo size EU, kèm size US nam và nữ tương ứng cùng chiều dài bàn chân phù hợp: đo từ gót đến đầu ngón chân dài nhất, nếu nằm giữa hai size thì chọn size lớn hơn. Tất có size S (EU 35–38), M (39–42) và L (43–46). Nếu không vừa, bạn được đổi size miễn phí.',
    },
    'account-help': {
      title: 'Tài khoản, mật khẩu và email',
      body: `Bạn không cần tài khoản để mua hàng, nhưng có tài khoản thì bạn theo dõi đơn, lưu địa chỉ và yêu cầu trả hàng chỉ với vài chạm. Quên mật khẩu? Chọn “Quên mật khẩu” ở trang đăng nhập; đường link có hiệu lực ${f.passwordResetMinutes} phút, nếu không thấy hãy kiểm tra thư rác. Bạn có thể đổi email và cài đặt bản tin trong Tài khoản → Hồ sơ. Để xóa tài khoản, hãy email đến ${f.supportEmail}; chúng tôi sẽ xóa trong vòng ${f.accountDeletionDays} ngày và chỉ giữ lại hồ sơ đơn hàng theo quy định pháp luật.`,
    },
    'gift-wrap': {
      title: 'Gói quà và thiệp',
      body: `Thêm dịch vụ gói quà khi thanh toán với giá ${f.giftWrapFee} mỗi đơn: giấy tái chế, ruy băng cotton và một tấm thiệp viết tay theo lời nhắn của bạn (tối đa ${f.giftMessageCharacters} ký tự). Phiếu đóng gói trong hộp quà không ghi giá và bạn có thể gửi thẳng đến người nhận. Thẻ quà tặng được gửi qua email vào ngày bạn chọn. Người nhận có thể đổi quà theo quy định thông thường; tiền hoàn sẽ trả về cho người đã thanh toán.`,
    },
    'group-buys': {
      title: 'Mua chung (group buy) hoạt động thế nào',
      body: `Sản phẩm gắn nhãn “Group Buy” rẻ hơn ${f.groupBuy.percentOff}% khi có ${f.groupBuy.size} người cùng mua. Hãy tạo nhóm hoặc tham gia một nhóm và thanh toán như bình thường; đơn của bạn hiển thị “đang chờ đủ nhóm” cho đến khi có ${f.groupBuy.size} đơn đã thanh toán, sau đó được giao như mọi đơn khác. Nếu nhóm không đủ người trong ${f.groupBuy.hours} giờ, chúng tôi tự động hoàn tiền toàn bộ. Bạn cũng có thể rời nhóm bất cứ lúc nào trước khi nhóm đủ người và được hoàn tiền đầy đủ.`,
    },
  }),
  returnPolicy: (f) => [
    'Chính sách đổi trả của Sunday Harbour',
    `Trả hàng: hầu hết sản phẩm có thể trả lại trong vòng ${f.returns.windowDays} ngày kể từ khi nhận. Thành viên VIP (tổng chi tiêu trên ${f.vipSpend}) có ${f.returns.vipWindowDays} ngày.`,
    `Đổi hàng: bạn có thể đổi sang size hoặc màu khác của cùng sản phẩm trong vòng ${f.returns.exchangeWindowDays} ngày kể từ khi nhận. Lần đổi đầu tiên của mỗi sản phẩm được miễn phí.`,
    'Điều kiện: sản phẩm chưa mặc, chưa giặt, chưa sử dụng, còn nguyên tem mác; giày phải kèm hộp. Vui lòng ghi mã đơn hàng.',
    'Không nhận trả: mỹ phẩm và sản phẩm chăm sóc da, đồ lót và thẻ quà tặng, vì lý do vệ sinh và an toàn, trừ khi bị lỗi, hư hỏng hoặc giao sai.',
    `Chi phí: không thu phí nhập kho lại. Với hàng trả vì đổi ý, phí nhãn gửi trả ${f.returns.labelFee} được trừ vào tiền hoàn. Miễn phí cho thành viên VIP và khi sản phẩm bị lỗi, hư hỏng hoặc giao sai.`,
    `Xét duyệt: đơn trả hàng trị giá trên ${f.returns.manualApprovalAbove} được đội ngũ của chúng tôi xem xét trong ${f.returns.manualApprovalDays} ngày làm việc trước khi gửi nhãn.`,
    `Hoàn tiền: chúng tôi hoàn về phương thức thanh toán ban đầu trong vòng ${f.returns.refundDays} ngày làm việc sau khi nhận được hàng trả. Ngân hàng hoặc ví điện tử có thể cần thêm vài ngày để hiển thị.`,
    `Hàng lỗi: thiết bị Tidewell được bảo hành ${f.warranty.gadgetMonths} tháng; các sản phẩm khác được bảo hành ${f.warranty.defectDays} ngày đối với lỗi sản xuất.`,
    `Cần hỗ trợ? Email đến ${f.supportEmail} hoặc chat với chúng tôi.`,
  ].join('\n'),
};
