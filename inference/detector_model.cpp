// The only file of ShelfLabel that includes LibTorch's model API: its headers cost ~10 s a file.
#include "detector_model.h"

#include "log.h"
#include "model_metadata.h"
#include "torchscript_archive.h"
#include "yolo_decoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <torch/cuda.h>
#include <torch/script.h>

#include <algorithm>

namespace shelf {
namespace {

QString firstLine(const char* what)
{
    const QString text = QString::fromUtf8(what).trimmed();
    const QString line = text.section(u'\n', 0, 0);
    return line.size() > 300 ? line.left(297) + QStringLiteral("...") : line;
}

QString describeTensor(const at::Tensor& t)
{
    QStringList dims;
    for (const auto d : t.sizes())
        dims << QString::number(d);
    return DetectorModel::tr("a %1 tensor [%2]")
        .arg(QString::fromStdString(std::string(c10::toString(t.scalar_type()))),
             dims.join(QStringLiteral(", ")));
}

QString describe(const c10::IValue& value)
{
    if (value.isTensor())
        return describeTensor(value.toTensor());
    if (value.isTuple())
        return DetectorModel::tr("a tuple of %1 values").arg(value.toTupleRef().elements().size());
    if (value.isList())
        return DetectorModel::tr("a list of %1 values").arg(value.toListRef().size());
    return DetectorModel::tr("a value of type %1").arg(QString::fromStdString(value.type()->str()));
}

bool isOutOfMemory(const QString& message)
{
    return message.contains(QLatin1String("out of memory"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("can't allocate memory"), Qt::CaseInsensitive);
}

/// The output tensor of a YOLO export: the tensor itself, or the first element of the tuple or
/// list that YOLOv5 returns (predictions, feature maps).
std::optional<at::Tensor> yoloTensor(const c10::IValue& out)
{
    if (out.isTensor())
        return out.toTensor();
    if (out.isTuple() && !out.toTupleRef().elements().empty() &&
        out.toTupleRef().elements()[0].isTensor())
        return out.toTupleRef().elements()[0].toTensor();
    if (out.isList() && !out.toListRef().empty() && out.toListRef()[0].isTensor())
        return out.toListRef()[0].toTensor();
    return std::nullopt;
}

} // namespace

struct DetectorModel::Impl
{
    torch::jit::Module module;
    torch::Device device{torch::kCPU};
    at::ScalarType inputType = at::kFloat;
    ModelInfo info;
    int threads = 1;

    /// Checks the outputs of a probe run and, for YOLO, decides v5 or v8. Empty when they conform.
    QString checkOutputs(const c10::IValue& out, bool formatForced);
    c10::IValue run(const at::Tensor& batch);
    at::Tensor batchOf(const std::vector<PreparedInput>& inputs);
    void applyThreads()
    {
        // With OpenMP the count belongs to the calling thread, so it is set where forward runs.
        if (at::get_num_threads() != threads)
            at::set_num_threads(threads);
    }
};

QString DetectorModel::Impl::checkOutputs(const c10::IValue& out, bool formatForced)
{
    if (info.format == ModelFormat::Native) {
        const QString expectedText =
            tr("expected a tuple of 4 tensors (boxes [B, N, 4], hard_scores [B, N], soft_iou "
               "[B, N], labels [B, N] int64)");
        if (!out.isTuple() || out.toTupleRef().elements().size() != 4)
            return tr("the probe run returned %1; %2").arg(describe(out), expectedText);
        const auto& e = out.toTupleRef().elements();
        for (const auto& v : e) {
            if (!v.isTensor())
                return tr("the probe run returned a tuple holding %1; %2")
                    .arg(describe(v), expectedText);
        }
        const at::Tensor boxes = e[0].toTensor();
        if (boxes.dim() != 3 || boxes.size(0) != 1 || boxes.size(2) != 4 ||
            !at::isFloatingType(boxes.scalar_type()))
            return tr("boxes: expected a floating-point tensor [1, N, 4] for a batch of 1, found "
                      "%1")
                .arg(describeTensor(boxes));
        const int64_t n = boxes.size(1);
        const char* names[] = {"hard_scores", "soft_iou", "labels"};
        for (int i = 1; i < 4; ++i) {
            const at::Tensor t = e[i].toTensor();
            const bool shapeOk = t.dim() == 2 && t.size(0) == 1 && t.size(1) == n;
            const bool typeOk =
                i < 3 ? at::isFloatingType(t.scalar_type()) : t.scalar_type() == at::kLong;
            if (!shapeOk || !typeOk)
                return tr("%1: expected %2 [1, %3] (N as in boxes), found %4")
                    .arg(QLatin1String(names[i - 1]),
                         i < 3 ? tr("a floating-point tensor") : tr("an int64 tensor"))
                    .arg(n)
                    .arg(describeTensor(t));
        }
        return {};
    }
    const int c = int(info.classes.size());
    const std::optional<at::Tensor> t = yoloTensor(out);
    const QString expectedText =
        tr("expected [1, N, %1] (YOLOv5: box, objectness, %2 class scores) or [1, %3, N] (YOLOv8: "
           "box, %2 class scores)")
            .arg(5 + c)
            .arg(c)
            .arg(4 + c);
    if (!t)
        return tr("the probe run returned %1; %2").arg(describe(out), expectedText);
    if (t->dim() != 3 || t->size(0) != 1 || !at::isFloatingType(t->scalar_type()))
        return tr("the probe run returned %1; %2").arg(describeTensor(*t), expectedText);
    const bool v5 = t->size(2) == 5 + c;
    const bool v8 = t->size(1) == 4 + c;
    if (formatForced) {
        if ((info.format == ModelFormat::YoloV5 && !v5) ||
            (info.format == ModelFormat::YoloV8 && !v8))
            return tr("model.json names the %1 adapter; the probe run returned %2; %3")
                .arg(modelFormatKey(info.format), describeTensor(*t), expectedText);
        return {};
    }
    if (!v5 && !v8)
        return tr("the probe run returned %1; %2").arg(describeTensor(*t), expectedText);
    if (v5 != v8) // both fit only when N happens to equal 4 + C: keep config.txt's hint
        info.format = v5 ? ModelFormat::YoloV5 : ModelFormat::YoloV8;
    return {};
}

c10::IValue DetectorModel::Impl::run(const at::Tensor& batch)
{
    std::vector<c10::IValue> args{batch.to(device, inputType)};
    return module.forward(args);
}

at::Tensor DetectorModel::Impl::batchOf(const std::vector<PreparedInput>& inputs)
{
    int h = 0, w = 0;
    for (const PreparedInput& in : inputs) {
        h = std::max(h, in.transform.input.height());
        w = std::max(w, in.transform.input.width());
    }
    const auto plane = [](const PreparedInput& in) {
        return torch::from_blob(const_cast<uchar*>(in.planes.ptr()),
                                {3, in.transform.input.height(), in.transform.input.width()},
                                at::kFloat);
    };
    // One image of the batch's size: the planes already are the tensor, no copy.
    if (inputs.size() == 1)
        return plane(inputs[0]).unsqueeze(0);
    at::Tensor batch = torch::full({int64_t(inputs.size()), 3, h, w},
                                   info.input.padValue * info.input.valueScale, at::kFloat);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto& in = inputs[i];
        batch[int64_t(i)]
            .narrow(1, 0, in.transform.input.height())
            .narrow(2, 0, in.transform.input.width())
            .copy_(plane(in));
    }
    return batch;
}

std::optional<DeviceRequest> deviceRequestFromName(const QString& name)
{
    if (name == QLatin1String("auto"))
        return DeviceRequest::Auto;
    if (name == QLatin1String("cpu"))
        return DeviceRequest::Cpu;
    if (name == QLatin1String("cuda"))
        return DeviceRequest::Cuda;
    return std::nullopt;
}

DetectorModel::DetectorModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
DetectorModel::~DetectorModel() = default;

const ModelInfo& DetectorModel::info() const
{
    return m_impl->info;
}

bool DetectorModel::cudaAvailable()
{
    return torch::cuda::is_available();
}

DetectorModel::LoadResult DetectorModel::load(const QString& path, const ModelOptions& options)
{
    const auto fail = [&path](const QString& why) {
        return LoadResult{nullptr, tr("%1: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    if (const QString error = TorchScriptArchive::check(path); !error.isEmpty())
        return fail(error);
    const QFileInfo file(path);

    auto impl = std::make_unique<Impl>();
    ModelInfo& info = impl->info;
    info.path = path;
    const bool cudaAvailable = DetectorModel::cudaAvailable();
    if (options.device == DeviceRequest::Cuda && !cudaAvailable)
        info.notes << tr("CUDA was requested but is not available (this LibTorch has no CUDA "
                         "support or no GPU was found); running on the CPU.");
    info.onCuda = options.device != DeviceRequest::Cpu && cudaAvailable;
    impl->device = info.onCuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    impl->threads =
        options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    impl->applyThreads();

    torch::jit::ExtraFilesMap extra{{ModelMetadata::kNativeFile, ""},
                                    {ModelMetadata::kYoloFile, ""}};
    try {
        impl->module = torch::jit::load(QFile::encodeName(path).toStdString(), impl->device, extra);
    } catch (const std::exception& e) {
        return fail(tr("not a TorchScript model: expected a file saved by torch.jit.save, and "
                       "LibTorch says: %1")
                        .arg(firstLine(e.what())));
    }
    impl->module.eval();

    // Which convention: model.json beside the file when it names an adapter, else the file's own.
    ModelMetadata::Sidecar sidecar;
    const QString sidecarPath = file.dir().filePath(QLatin1String(ModelMetadata::kSidecarFile));
    if (QFile s(sidecarPath); s.exists()) {
        if (!s.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1 (%2)").arg(sidecarPath, s.errorString()));
        if (QString error = ModelMetadata::readSidecar(s.readAll(), sidecar); !error.isEmpty())
            return fail(error);
    }
    const QByteArray nativeJson = QByteArray::fromStdString(extra[ModelMetadata::kNativeFile]);
    const QByteArray yoloJson = QByteArray::fromStdString(extra[ModelMetadata::kYoloFile]);
    const bool forced = sidecar.format.has_value();
    ModelFormat format;
    if (forced)
        format = *sidecar.format;
    else if (!nativeJson.isEmpty())
        format = ModelFormat::Native;
    else if (!yoloJson.isEmpty())
        format = ModelFormat::YoloV5;
    else
        return fail(tr("expected metadata: shelflabel.json inside the file (a ShelfLabel "
                       "detector), config.txt inside it (an Ultralytics YOLOv5/YOLOv8 export), or "
                       "a model.json beside it naming an adapter; found none of them"));

    if (format == ModelFormat::Native) {
        const QString error = nativeJson.isEmpty()
                                  ? ModelMetadata::readNative(sidecar.json, info, false)
                                  : ModelMetadata::readNative(nativeJson, info);
        if (!error.isEmpty())
            return fail(tr("model metadata: %1").arg(error));
    } else {
        if (!yoloJson.isEmpty()) {
            if (QString error = ModelMetadata::readYoloConfig(yoloJson, info); !error.isEmpty())
                return fail(tr("YOLO metadata: %1").arg(error));
        }
        if (!sidecar.json.isEmpty()) {
            if (QString error = ModelMetadata::applyYoloOverrides(sidecar.json, info);
                !error.isEmpty())
                return fail(error);
        }
        if (QString error = ModelMetadata::checkYolo(info); !error.isEmpty())
            return fail(error);
        if (forced)
            info.format = format;
        info.scoreThreshold = info.scoreThreshold > 0 ? info.scoreThreshold : 0.1;
    }

    for (const at::Tensor& p : impl->module.parameters()) {
        impl->inputType = p.scalar_type(); // a half-precision export takes half input
        break;
    }

    // Probe: a small zero input must give outputs of the contract's shapes.
    try {
        c10::InferenceMode guard;
        at::Tensor probe;
        if (info.format == ModelFormat::Native) {
            const int side = roundUp(128, std::max(1, info.input.sizeDivisor));
            probe = torch::zeros({1, 3, side, side});
        } else {
            probe = torch::full({1, 3, info.input.height, info.input.width},
                                info.input.padValue * info.input.valueScale);
        }
        const c10::IValue out = impl->run(probe);
        if (QString error = impl->checkOutputs(out, forced); !error.isEmpty())
            return fail(error);
    } catch (const std::exception& e) {
        QString hint;
        if (impl->inputType == at::kHalf && !info.onCuda)
            hint = tr(" A half-precision (FP16) export runs on CUDA only; export it in FP32.");
        return fail(tr("the probe run with a zero input of the expected size failed: %1.%2")
                        .arg(firstLine(e.what()), hint));
    }

    info.device =
        info.onCuda ? tr("CUDA device 0") : tr("CPU, %n thread(s)", nullptr, impl->threads);
    auto model = std::unique_ptr<DetectorModel>(new DetectorModel(std::move(impl)));
    if (options.warmUp) {
        // The first runs of a TorchScript module profile and optimise its graph; pay for that
        // here, at the size of a phone photo, rather than on the first image.
        const InputSpec& spec = model->info().input;
        const InputTransform t = planInput(QRect(0, 0, 3024, 4032), spec);
        PreparedInput warm;
        warm.transform = t;
        warm.planes = cv::Mat(3 * t.input.height(), t.input.width(), CV_32FC1,
                              cv::Scalar(spec.padValue * spec.valueScale));
        for (int i = 0; i < 2; ++i) {
            const Output out = model->forward({warm}, 1.f);
            if (!out.error.isEmpty())
                return fail(tr("the warm-up run failed: %1").arg(out.error));
        }
    }
    for (const QString& note : model->info().notes)
        moduleLogger("inference")->warn("{}", note.toStdString());
    moduleLogger("inference")
        ->info("loaded {} ({}, {} classes) on {}", path.toStdString(),
               modelFormatKey(model->info().format).toStdString(), model->info().classes.size(),
               model->info().device.toStdString());
    return LoadResult{std::move(model), {}};
}

DetectorModel::Output DetectorModel::forward(const std::vector<PreparedInput>& inputs,
                                             float minScore)
{
    Output output;
    if (inputs.empty())
        return output;
    Impl& d = *m_impl;
    d.applyThreads();
    try {
        c10::InferenceMode guard;
        const c10::IValue out = d.run(d.batchOf(inputs));
        const int64_t b = int64_t(inputs.size());
        output.images.resize(inputs.size());
        if (d.info.format == ModelFormat::Native) {
            const auto& e = out.toTupleRef().elements();
            const at::Tensor boxes = e.at(0).toTensor().to(at::kCPU, at::kFloat).contiguous();
            const at::Tensor hard = e.at(1).toTensor().to(at::kCPU, at::kFloat).contiguous();
            const at::Tensor soft = e.at(2).toTensor().to(at::kCPU, at::kFloat).contiguous();
            const at::Tensor labels = e.at(3).toTensor().to(at::kCPU, at::kLong).contiguous();
            if (boxes.dim() != 3 || boxes.size(0) != b || boxes.size(2) != 4 ||
                hard.sizes() != boxes.sizes().slice(0, 2) ||
                soft.sizes() != boxes.sizes().slice(0, 2) ||
                labels.sizes() != boxes.sizes().slice(0, 2)) {
                output.error = tr("the model returned %1 for a batch of %2; expected [%2, N, 4]")
                                   .arg(describeTensor(boxes))
                                   .arg(b);
                return output;
            }
            const int64_t n = boxes.size(1);
            const float* pb = boxes.data_ptr<float>();
            const float* ph = hard.data_ptr<float>();
            const float* ps = soft.data_ptr<float>();
            const int64_t* pl = labels.data_ptr<int64_t>();
            for (int64_t i = 0; i < b; ++i) {
                RawDetections& dets = output.images[std::size_t(i)];
                for (int64_t j = i * n; j < (i + 1) * n; ++j) {
                    if (pl[j] < 0 || !(ph[j] > minScore))
                        continue;
                    const float* x = pb + 4 * j;
                    dets.push_back(
                        {x[0], x[1], x[2], x[3], ph[j], d.info.softIou ? ps[j] : -1.f, int(pl[j])});
                }
            }
            return output;
        }
        const std::optional<at::Tensor> raw = yoloTensor(out);
        const int c = int(d.info.classes.size());
        const bool v5 = d.info.format == ModelFormat::YoloV5;
        if (!raw || raw->dim() != 3 || raw->size(0) != b ||
            raw->size(v5 ? 2 : 1) != (v5 ? 5 : 4) + c) {
            output.error = tr("the model returned %1 for a batch of %2, unlike its probe run")
                               .arg(raw ? describeTensor(*raw) : describe(out))
                               .arg(b);
            return output;
        }
        const at::Tensor t = raw->to(at::kCPU, at::kFloat).contiguous();
        for (int64_t i = 0; i < b; ++i) {
            const float* data = t[i].data_ptr<float>();
            output.images[std::size_t(i)] = v5 ? yolo::decodeV5(data, int(t.size(1)), c, minScore)
                                               : yolo::decodeV8(data, int(t.size(2)), c, minScore);
        }
    } catch (const std::exception& e) {
        output.images.clear();
        output.error = tr("the model failed: %1").arg(firstLine(e.what()));
        output.outOfMemory = isOutOfMemory(output.error);
    }
    return output;
}

} // namespace shelf
