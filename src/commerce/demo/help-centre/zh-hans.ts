// 简体中文帮助中心与退货政策：语气亲切、说法具体，数字全部来自店铺数据。
import type { ZoneId } from '../shipping-zones.js';
import { joinList, type HelpFacts } from './help-facts.js';
import type { LanguageContent } from './topics.js';

const ZONES: Record<ZoneId, string> = {
  singapore: '新加坡',
  southeast_asia: '东南亚（马来西亚、印度尼西亚、泰国、越南、菲律宾）',
  east_asia: '东亚（中国大陆、香港、台湾、日本、韩国）',
  gulf_oceania: '海湾地区及大洋洲（阿联酋、沙特阿拉伯、澳大利亚）',
  europe_americas: '欧洲及美洲（英国、西班牙、葡萄牙、美国、墨西哥、巴西）',
};

const TAX_COUNTRIES: Record<string, readonly [country: string, tax: string]> = {
  SG: ['新加坡', '消费税'], MY: ['马来西亚', '低价值商品税'], AU: ['澳大利亚', '消费税'], GB: ['英国', '增值税'], ES: ['西班牙', '增值税'], PT: ['葡萄牙', '增值税'],
};

/** The countries where tax is paid at checkout, each with its rate and tax name. */
function taxedCountries(f: HelpFacts): string {
  const named = f.checkoutTax.map(({ country, percent }) => {
    const [name, tax] = TAX_COUNTRIES[country] ?? [country, '税'];
    return `${name}（${tax} ${percent}%）`;
  });
  return joinList(named, 'zh-Hans');
}

const LOCAL_PAYMENTS: ReadonlyArray<readonly [string, string]> = [
  ['CN', '中国大陆'], ['SG', '新加坡'], ['MY', '马来西亚'], ['HK', '香港'], ['TW', '台湾'],
];

const GLOBAL_METHODS = ['Visa/Mastercard/Amex', 'PayPal', 'Apple Pay'];

/** Chinese shoppers read discounts as the share they pay: 20% off is “8 折”. */
const zhe = (percentOff: number): string => `${(100 - percentOff) / 10} 折`;

const days = ([from, to]: readonly [number, number]): string => (from === to ? `${from} 个工作日` : `${from}–${to} 个工作日`);

export const ZH_HANS: LanguageContent<HelpFacts> = {
  articles: (f) => ({
    'shipping-times': {
      title: '订单多久能送到？',
      body: [
        `所有订单都从我们的新加坡仓库发出，付款后 ${f.processingDays} 个工作日内打包完毕（工作日新加坡时间下午 2 点前付款的订单，通常当天就能发出）。之后的运送时间为：`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}：标准配送 ${days(zone.days.standard)}，特快配送 ${days(zone.days.express)}。`),
        '订单确认邮件里的“预计送达日期”已经包含打包时间。双十一、双十二等大促期间，请多预留 2–3 天。',
      ].join('\n'),
    },
    'shipping-fees': {
      title: '运费与包邮',
      body: [
        `订单折后满 ${f.freeShippingThreshold} 即享标准配送免运费（结账时会按您的币种显示，例如 ${f.localThreshold('SGD')} 或 ${f.localThreshold('MYR')}）。未满包邮门槛或选择特快配送时，运费如下：`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}：标准 ${zone.fee.standard}，特快 ${zone.fee.express}。`),
        `特快配送不参与包邮，但使用优惠码 ${f.freeShippingCode.code}，订单满 ${f.freeShippingCode.minSpend} 即可免标准运费。`,
      ].join('\n'),
    },
    'customs-duties': {
      title: '海关、关税和进口税',
      body: `寄往${taxedCountries(f)}的订单，我们会在结账时代收税费，包裹到达时无需再付任何费用。寄往其他地区时，当地海关可能会在入境时征收关税或进口税，由快递公司在派送前向您收取，具体金额我们无法预先确定。我们始终如实申报货值，也不能把订单申报为礼品。清关一般需要 1–3 天；如果包裹被扣超过 ${f.customsStuckDays} 天，请留意快递公司是否发来补交资料或缴税的通知，然后告诉我们，我们会帮您跟进。如果您拒付关税，包裹会退回给我们，我们会退还商品款项（运费除外）。`,
    },
    'tracking-help': {
      title: '如何查询物流',
      body: `包裹一离开仓库，我们就会把快递公司和运单号发到您的邮箱；您也可以在我们的物流查询页面或账户的“我的订单”里查看。包裹在转运或跨境空运时，物流信息停更一两天是正常的。如果连续 ${f.noScanDays} 天都没有新的扫描记录，请联系我们，我们会向快递公司发起查件。如果显示已签收但您没有收到，请先问问邻居、物业或保安，看看快递柜，并等到第二天结束；之后请在 7 天内告诉我们，我们会发起理赔，待快递公司核实后为您补发或退款。`,
    },
    'returns-how-to': {
      title: '如何办理退货',
      body: `自签收之日起 ${f.returns.windowDays} 天内可以退货（VIP 会员为 ${f.returns.vipWindowDays} 天，累计消费超过 ${f.vipSpend} 即成为 VIP）。商品须未穿着、未洗涤、未使用，并保留吊牌。美妆护肤品、内衣和礼品卡不支持退货，除非收到时有质量问题、破损或发错货。办理方法：进入“我的订单”，选择“退货”，勾选商品并填写原因，我们会把预付退货面单发到您的邮箱，您把包裹交给快递即可。因个人原因退货的，${f.returns.labelFee} 的面单费会从退款中扣除；VIP 会员以及质量问题或发错货的情况免费。退货金额超过 ${f.returns.manualApprovalAbove} 的，我们的团队会在 ${f.returns.manualApprovalDays} 个工作日内审核后再发面单。`,
    },
    exchanges: {
      title: '换尺码或换颜色',
      body: `想换同款商品的其他尺码或颜色？签收后 ${f.returns.exchangeWindowDays} 天内都可以换货，每件商品第一次换货免费，包含退货面单。在“我的订单”中选择“换货”即可；快递一扫描您寄回的包裹，我们就会寄出新尺码，不用等退货送到仓库。如果您想要的尺码已售罄，我们会改为退款。换货的商品条件与退货相同：未穿着，吊牌完好。`,
    },
    'refund-timing': {
      title: '退款多久到账？',
      body: `退货送达我们仓库后 ${f.returns.refundDays} 个工作日内，我们会完成退款并发邮件通知您。款项原路退回：GrabPay、GCash、GoPay 等电子钱包一般 1–3 天到账，信用卡 5–10 个工作日，银行转账 3–5 个工作日，具体取决于您的银行。如果订单在打包前取消，我们会在 1 个工作日内发起退款。`,
    },
    'payment-methods': {
      title: '支付方式',
      body: [
        `${joinList(GLOBAL_METHODS, 'zh-Hans')} 在大多数国家和地区都可以使用。结账时还提供当地常用的支付方式，例如：`,
        ...LOCAL_PAYMENTS.map(([country, name]) => `• ${name}：${joinList(f.paymentMethods(country).filter((method) => !GLOBAL_METHODS.includes(method)), 'zh-Hans')}。`),
        '其他地区的本地支付方式会在结账页面显示。使用银行转账、扫码付款等方式时，订单会等待付款，付款码过期后（视支付方式为 24–72 小时）订单将自动取消。我们绝不会通过聊天或邮件索要您的银行卡信息。',
      ].join('\n'),
    },
    'coupons-promotions': {
      title: '优惠码和促销活动怎么用',
      body: `在结账页面输入优惠码即可。每笔订单只能使用一个优惠码，唯一的例外是 ${f.freeShippingCode.code}（满 ${f.freeShippingCode.minSpend} 免标准运费）可以和 ${f.welcome.code} 等折扣码叠加。${f.welcome.code} 可享首单满 ${f.welcome.minSpend} 打 ${zhe(f.welcome.percent)}。双数日大促等自动促销无需输入代码；少数活动不能与优惠码同时使用，这时系统会自动选择更划算的那一个。优惠码和活动的起止时间均以新加坡时间为准，不适用于礼品卡，下单后也无法补用。如果满减订单中有部分商品退货，退款金额会重新计算。`,
    },
    'order-changes-cancellation': {
      title: '修改或取消订单',
      body: '在我们开始打包之前（通常是付款后一个工作日内），您可以修改尺码、颜色或收货地址，也可以取消订单。请在“我的订单”中操作，或带上订单号（例如 PD-123456）联系我们。订单一旦打包或发货就无法拦截，但您可以在收货后申请退货。通过银行转账或扫码付款的未付款订单，付款码过期后会自动取消，无需任何操作。已付款订单取消后，我们会在 1 个工作日内发起退款。',
    },
    warranty: {
      title: '保修与质量问题',
      body: `Tidewell 数码产品（移动电源、耳机、充电器和手机壳）自签收之日起保修 ${f.warranty.gadgetMonths} 个月；其他商品在 ${f.warranty.defectDays} 天内如出现开线、拉链损坏、鞋底开胶等制造缺陷，均可保修。请把订单号连同照片或短视频发给我们，我们会为您维修、换新或退款，并提供免费退货面单。正常磨损、摔落、超出防水等级进水以及使用不当造成的损坏不在保修范围内。`,
    },
    'size-guide': {
      title: '如何选尺码',
      body: '每个商品页面都有以厘米为单位的尺码表。衬衫和外套请用胸围对照尺码表；我们的亚麻衬衫版型偏宽松，喜欢合身一点可以选小一码。连衣裙请核对胸围、腰围和臀围。鞋子按欧码销售，尺码表同时列出对应的美码男女款和适合的脚长：从脚跟量到最长的脚趾，介于两个尺码之间时请选大一码。袜子分 S（欧码 35–38）、M（39–42）和 L（43–46）。如果尺码不合适，可以免费换码。',
    },
    'account-help': {
      title: '账户、密码和邮件',
      body: `不注册账户也可以下单；注册后可以查物流、保存地址，轻点两下就能申请退货。忘记密码？在登录页点击“忘记密码”，重置链接 ${f.passwordResetMinutes} 分钟内有效，没收到请查看垃圾邮件箱。在“账户 → 个人资料”中可以修改邮箱地址和订阅设置。如需注销账户，请写信至 ${f.supportEmail}，我们会在 ${f.accountDeletionDays} 天内删除，仅保留法律要求保存的订单记录。`,
    },
    'gift-wrap': {
      title: '礼品包装和贺卡',
      body: `结账时可加购礼品包装，每笔订单 ${f.giftWrapFee}：再生纸包装、棉质丝带，以及一张手写贺卡（留言最多 ${f.giftMessageCharacters} 个字符）。礼品包装的包裹内装箱单不显示价格，您也可以直接寄给收礼人。礼品卡会在您选择的日期通过邮件发送。收礼人可以按常规规则换货，退款则退回给付款人。`,
    },
    'group-buys': {
      title: '拼团怎么玩',
      body: `标有“拼团”的商品，${f.groupBuy.size} 人一起买可享 ${zhe(f.groupBuy.percentOff)}优惠。发起或加入拼团后正常付款即可；在凑齐 ${f.groupBuy.size} 笔已付款订单之前，订单会显示“等待成团”，成团后就像普通订单一样发货。如果 ${f.groupBuy.hours} 小时内未能成团，我们会自动全额退款。成团前您也可以随时退出拼团，款项全额退还。`,
    },
  }),
  returnPolicy: (f) => [
    'Sunday Harbour 退换货政策',
    `退货：大部分商品可在签收后 ${f.returns.windowDays} 天内退货。VIP 会员（累计消费超过 ${f.vipSpend}）可在 ${f.returns.vipWindowDays} 天内退货。`,
    `换货：签收后 ${f.returns.exchangeWindowDays} 天内可更换同款商品的其他尺码或颜色，每件商品首次换货免费。`,
    '商品条件：须未穿着、未洗涤、未使用，保留原吊牌；鞋子须连同鞋盒寄回。请附上订单号。',
    '不可退货商品：出于卫生和安全原因，美妆护肤品、内衣和礼品卡不支持退货，除非收到时有质量问题、破损或发错货。',
    `费用：不收取重新上架费。因个人原因退货的，${f.returns.labelFee} 的退货面单费将从退款中扣除。VIP 会员以及商品有质量问题、破损或发错货时，退货免费。`,
    `审核：退货金额超过 ${f.returns.manualApprovalAbove} 的，我们的团队会在 ${f.returns.manualApprovalDays} 个工作日内审核，通过后再发送退货面单。`,
    `退款：收到退货后 ${f.returns.refundDays} 个工作日内原路退款，银行或电子钱包到账可能还需要几天。`,
    `质量问题：Tidewell 数码产品保修 ${f.warranty.gadgetMonths} 个月；其他商品如有制造缺陷，${f.warranty.defectDays} 天内均可保修。`,
    `如有疑问，请写信至 ${f.supportEmail} 或在线联系我们。`,
  ].join('\n'),
};
